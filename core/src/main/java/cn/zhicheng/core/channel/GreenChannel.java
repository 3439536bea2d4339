package cn.zhicheng.core.channel;

import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;

/** The six green channels of 五(二): exceptions layered over the base requirements they waive or ease. */
public enum GreenChannel implements Labelled {
    MAJOR_UNRESTRICTED("五(二)1", "放开专业限制", "major need not match"),
    DIRECT_INTERMEDIATE("五(二)2", "放开初级限制", "intermediate without a junior title"),
    WORKS_REPLACE_PAPERS("五(二)3", "放开论文限制", "representative works replace papers"),
    CERTIFICATES_NOT_REQUIRED("五(二)4", "放开外语等限制", "no foreign-language, computer or credit requirement"),
    OUTSTANDING_TALENT("五(二)5", "优秀人才直接申报", "outstanding talent applies directly"),
    TRAINING_REDUCES_YEARS("五(二)6", "完成培训破格申报", "training reduces the years by one");

    private final Clause clause;
    private final Text label;

    GreenChannel(String clause, String zh, String en) {
        this.clause = new Clause(clause);
        this.label = new Text(zh, en);
    }

    public Clause clause() {
        return clause;
    }

    @Override
    public Text label() {
        return label;
    }
}
