package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Text;

/** The level of the body that recognised a talent; only provincial or above opens 五(二)5 (决定 D-19). */
public enum RecognitionLevel implements cn.zhicheng.core.policy.Labelled {
    NATIONAL("国家级", "national"),
    PROVINCIAL("省级", "provincial"),
    MUNICIPAL("市级", "municipal"),
    ASSOCIATION("行业协会", "association");

    private final Text label;

    RecognitionLevel(String zh, String en) {
        this.label = new Text(zh, en);
    }

    public Text label() {
        return label;
    }

    /** Provincial level or above (决定 D-19). */
    public boolean provincialOrAbove() {
        return this == NATIONAL || this == PROVINCIAL;
    }
}
