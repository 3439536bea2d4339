package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Text;

/** Who may recommend an applicant (五(三)1, 六(二)). */
public enum RecommenderKind implements cn.zhicheng.core.policy.Labelled {
    EMPLOYER("所在单位", "employer"),
    TALENT_PUBLIC_SERVICE("人才公共服务机构", "public talent-service agency"),
    HR_AGENCY("人事代理机构/人力资源服务机构", "HR agency"),
    INDUSTRY_ORGANISATION("行业性社会组织", "industry social organisation"),
    ASSOCIATION("行业协会、商会、学会", "industry association, chamber or society"),
    INCUBATOR("创业孵化园区", "business incubator park");

    private final Text label;

    RecommenderKind(String zh, String en) {
        this.label = new Text(zh, en);
    }

    public Text label() {
        return label;
    }
}
