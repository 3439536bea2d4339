package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Text;

/** The outstanding talents of 五(二)5. */
public enum TalentKind implements cn.zhicheng.core.policy.Labelled {
    LEADING_TALENT("领军人才", "leading talent"),
    YOUNG_TOP_TALENT("青年拔尖人才", "young top talent");

    private final Text label;

    TalentKind(String zh, String en) {
        this.label = new Text(zh, en);
    }

    public Text label() {
        return label;
    }
}
