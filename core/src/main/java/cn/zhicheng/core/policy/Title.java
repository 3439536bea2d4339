package cn.zhicheng.core.policy;

import java.util.Arrays;

/** The twelve titles of 二: one per series and level. */
public enum Title implements Labelled {
    ASSISTANT_ENGINEER(Series.ENGINEERING, Level.JUNIOR, "助理工程师", "Assistant Engineer"),
    ENGINEER(Series.ENGINEERING, Level.INTERMEDIATE, "工程师", "Engineer"),
    SENIOR_ENGINEER(Series.ENGINEERING, Level.ASSOCIATE_SENIOR, "高级工程师", "Senior Engineer"),
    PROFESSOR_ENGINEER(Series.ENGINEERING, Level.SENIOR, "正高级工程师", "Professor-level Senior Engineer"),
    ASSISTANT_MARKETER(Series.MARKETING, Level.JUNIOR, "助理营销师", "Assistant Marketer"),
    INTERMEDIATE_MARKETER(Series.MARKETING, Level.INTERMEDIATE, "中级营销师", "Intermediate Marketer"),
    SENIOR_MARKETER(Series.MARKETING, Level.ASSOCIATE_SENIOR, "高级营销师", "Senior Marketer"),
    PROFESSOR_MARKETER(Series.MARKETING, Level.SENIOR, "正高级营销师", "Professor-level Senior Marketer"),
    ASSISTANT_SOCIAL_SERVICE_PRACTITIONER(Series.SOCIAL_SERVICE, Level.JUNIOR,
            "助理社会服务师", "Assistant Social Service Practitioner"),
    INTERMEDIATE_SOCIAL_SERVICE_PRACTITIONER(Series.SOCIAL_SERVICE, Level.INTERMEDIATE,
            "中级社会服务师", "Intermediate Social Service Practitioner"),
    SENIOR_SOCIAL_SERVICE_PRACTITIONER(Series.SOCIAL_SERVICE, Level.ASSOCIATE_SENIOR,
            "高级社会服务师", "Senior Social Service Practitioner"),
    PROFESSOR_SOCIAL_SERVICE_PRACTITIONER(Series.SOCIAL_SERVICE, Level.SENIOR,
            "正高级社会服务师", "Professor-level Senior Social Service Practitioner");

    public static final Clause CLAUSE = Clause.notice("二");

    private final Series series;
    private final Level level;
    private final String zh;
    private final String en;

    Title(Series series, Level level, String zh, String en) {
        this.series = series;
        this.level = level;
        this.zh = zh;
        this.en = en;
    }

    public Series series() {
        return series;
    }

    public Level level() {
        return level;
    }

    public Text label() {
        return new Text(zh, en);
    }

    /** The title of a series at a level; 员级 has none in this scheme (二). */
    public static java.util.Optional<Title> of(Series series, Level level) {
        return Arrays.stream(values()).filter(t -> t.series == series && t.level == level).findFirst();
    }
}
