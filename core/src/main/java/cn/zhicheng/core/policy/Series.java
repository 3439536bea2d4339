package cn.zhicheng.core.policy;

/** The three title series of 二, each with its own four titles. */
public enum Series implements Labelled {
    ENGINEERING("工程系列（高新技术领域）", "Engineering series (high-tech fields)"),
    MARKETING("营销系列", "Marketing series"),
    SOCIAL_SERVICE("社会服务系列", "Social-service series");

    private final String zh;
    private final String en;

    Series(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public Text label() {
        return new Text(zh, en);
    }
}
