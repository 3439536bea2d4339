package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;

/**
 * The ways a session evaluates (五(一)2: 考试、答辩、实际操作、业绩展示; 七(二)), recorded per session so that the
 * trace shows how each title was judged.
 */
public enum EvaluationMethod implements Labelled {
    EXAM("考试", "examination"),
    DEFENCE("答辩", "defence"),
    PRACTICAL_OPERATION("实际操作", "practical operation"),
    SHOWCASE("业绩展示", "showcase of results");

    private final String zh;
    private final String en;

    EvaluationMethod(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public Text label() {
        return new Text(zh, en);
    }
}
