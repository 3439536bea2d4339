package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;

/** The answer of a decision. */
public enum Verdict implements Labelled {
    ELIGIBLE("符合申报条件", "eligible"),
    NOT_YET("暂不符合：仅年限不足", "not yet: only time is missing"),
    INELIGIBLE("不符合申报条件", "not eligible");

    private final Text label;

    Verdict(String zh, String en) {
        this.label = new Text(zh, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
