package cn.zhicheng.core.policy;

/** The two domains of 一: high-tech (一(一)) and new-economy (一(二)). */
public enum Domain implements Labelled {
    HIGH_TECH("高新技术领域", "High-tech domain", Clause.notice("一(一)")),
    NEW_ECONOMY("新型经济领域", "New-economy domain", Clause.notice("一(二)"));

    private final String zh;
    private final String en;
    private final Clause clause;

    Domain(String zh, String en, Clause clause) {
        this.zh = zh;
        this.en = en;
        this.clause = clause;
    }

    public Text label() {
        return new Text(zh, en);
    }

    public Clause clause() {
        return clause;
    }
}
