package cn.zhicheng.core.review.stage;

import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;

/** Who takes the acts of the review procedure of 六. */
public enum Role implements Labelled {
    APPLICANT("申报人", "applicant", false),
    /** 所在单位、人力资源服务机构、社会组织、创业孵化园区 (五(三)1, 六(二)). */
    RECOMMENDER("推荐单位", "recommender", false),
    /** 当地人社部门 (六(二)): reviews, aggregates and reports to the province. */
    LOCAL_HR_OFFICE("当地人社部门", "local HR office", false),
    /** 省人力资源和社会保障厅 (四, 六(三), 六(六)): runs its own rounds, issues certificates, supervises. */
    PROVINCIAL_OFFICE("省人力资源和社会保障厅", "provincial HR office", false),
    /** An industry association running a round under a delegation (四, 决定 D-12). */
    ASSOCIATION("受委托的行业协会", "association under delegation", true),
    QUALIFICATION_REVIEWER("资格审核人员", "qualification reviewer", true),
    EXPERT_COMMITTEE_SECRETARY("评审委员会秘书", "expert committee secretary", true),
    EXPERT("评审专家", "expert", true),
    /** Anyone, for objections during a publicity period (决定 D-6). */
    PUBLIC("社会公众", "the public", false),
    /** The provincial office's officer who decides re-examinations (复查, 决定 D-10). */
    APPEALS_OFFICER("复查承办人员", "appeals officer", false);

    private final Text label;
    private final boolean ofRunningBody;

    Role(String zh, String en, boolean ofRunningBody) {
        this.label = new Text(zh, en);
        this.ofRunningBody = ofRunningBody;
    }

    @Override
    public Text label() {
        return label;
    }

    /**
     * Whether an actor in this role acts for the body running the round, so belongs to that body: to the association
     * in an association's round, to the provincial office otherwise (四, 决定 D-12).
     */
    public boolean ofRunningBody() {
        return ofRunningBody;
    }
}
