package cn.zhicheng.core.policy;

/**
 * Title levels. {@link #TECHNICIAN} (员级) exists in the national engineering standard and may be held
 * from elsewhere, but 二 sets no such level in this scheme: nobody can be evaluated for it here.
 */
public enum Level implements Labelled {
    TECHNICIAN("员级", "Technician", false),
    JUNIOR("初级", "Junior", true),
    INTERMEDIATE("中级", "Intermediate", true),
    ASSOCIATE_SENIOR("副高级", "Associate senior", true),
    SENIOR("正高级", "Full senior", true);

    private final String zh;
    private final String en;
    private final boolean awardedInThisScheme;

    Level(String zh, String en, boolean awardedInThisScheme) {
        this.zh = zh;
        this.en = en;
        this.awardedInThisScheme = awardedInThisScheme;
    }

    public Text label() {
        return new Text(zh, en);
    }

    /** True for the four levels that 二 sets; false for 员级. */
    public boolean awardedInThisScheme() {
        return awardedInThisScheme;
    }

    public boolean isSenior() {
        return this == ASSOCIATE_SENIOR || this == SENIOR;
    }

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    /** The four levels awarded in this scheme, lowest first. */
    public static java.util.List<Level> awarded() {
        return java.util.Arrays.stream(values()).filter(Level::awardedInThisScheme).toList();
    }
}
