package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Text;

/** The applicant's part in a representative work. */
public enum WorkRole implements cn.zhicheng.core.policy.Labelled {
    PRINCIPAL("主要完成人", "principal contributor"),
    PARTICIPANT("参与人", "participant");

    private final Text label;

    WorkRole(String zh, String en) {
        this.label = new Text(zh, en);
    }

    public Text label() {
        return label;
    }
}
