package cn.zhicheng.core.criteria;

/** Which works count: all of them, or only those dated after the applicant's current title was awarded. */
public enum WorkWindow {
    ANY,
    SINCE_PRIOR_TITLE
}
