package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Text;

/** Degree levels, lowest first; a higher degree satisfies a requirement for a lower one. */
public enum Degree implements cn.zhicheng.core.policy.Labelled {
    HIGH_SCHOOL("高中及以下", "high school or below"),
    SECONDARY_VOCATIONAL("中专", "secondary vocational"),
    JUNIOR_COLLEGE("大专", "junior college"),
    BACHELOR("本科", "bachelor"),
    SECOND_BACHELOR("第二学士", "second bachelor"),
    MASTER("硕士", "master"),
    DOCTORATE("博士", "doctorate");

    private final Text label;

    Degree(String zh, String en) {
        this.label = new Text(zh, en);
    }

    public Text label() {
        return label;
    }

    public boolean atLeast(Degree other) {
        return compareTo(other) >= 0;
    }
}
