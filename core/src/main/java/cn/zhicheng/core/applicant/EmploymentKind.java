package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Text;

/** How the applicant is employed; 一 admits private enterprises and freelancers to the high-tech and marketing fields. */
public enum EmploymentKind implements cn.zhicheng.core.policy.Labelled {
    PRIVATE_ENTERPRISE("民营企业", "private enterprise"),
    FREELANCE("自由职业", "freelance"),
    PUBLIC_INSTITUTION("事业单位", "public institution"),
    STATE_OWNED("国有企业", "state-owned enterprise"),
    OTHER("其他", "other");

    private final Text label;

    EmploymentKind(String zh, String en) {
        this.label = new Text(zh, en);
    }

    public Text label() {
        return label;
    }
}
