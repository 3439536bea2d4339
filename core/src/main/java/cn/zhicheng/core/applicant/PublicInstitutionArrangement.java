package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Text;

/** 五(三)2: staff of universities, institutes, hospitals and similar units who left to found a business or moonlight. */
public enum PublicInstitutionArrangement implements cn.zhicheng.core.policy.Labelled {
    NONE("无", "none"),
    ENTREPRENEURIAL_LEAVE("经批准离岗创业", "approved entrepreneurial leave"),
    PART_TIME_IN_PRIVATE_ENTERPRISE("到民营企业兼职", "part-time in a private enterprise");

    private final Text label;

    PublicInstitutionArrangement(String zh, String en) {
        this.label = new Text(zh, en);
    }

    public Text label() {
        return label;
    }
}
