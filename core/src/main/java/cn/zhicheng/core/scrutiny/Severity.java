package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;

/**
 * How much a flaw matters: a defect makes the criteria wrong for someone (a title out of reach, a level easier than
 * the one below it) and fails the check; a warning is worth a look; a note is for the record.
 */
public enum Severity implements Labelled {
    DEFECT("缺陷", "defect"),
    WARNING("提示", "warning"),
    NOTE("备注", "note");

    private final Text label;

    Severity(String zh, String en) {
        this.label = new Text(zh, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
