package cn.zhicheng.core.eligibility;

/**
 * The rule ids findings carry. Ids name rules for people and for expectations in test cases; logic never reads
 * them back (it follows the structure of the findings instead), so renaming one changes no decision.
 */
public final class RuleIds {

    public static final String RULE_SET = "rule-set";
    public static final String SCOPE = "scope";
    public static final String SCOPE_EMPLOYMENT = "scope.employment";
    public static final String SCOPE_OCCUPATION = "scope.occupation";
    public static final String SCOPE_LABOUR_RELATION = "scope.labour-relation";
    public static final String SCOPE_PUBLIC_INSTITUTION = "scope.public-institution";
    public static final String SCOPE_RECOMMENDER = "scope.recommender";
    public static final String SCOPE_RETIRED = "scope.retired";
    public static final String SCOPE_LEVEL_BY_LEVEL = "scope.level-by-level";
    public static final String MAJOR = "major";
    public static final String LADDER = "ladder";
    public static final String LADDER_TRAINING = "ladder.training";
    public static final String LADDER_DIRECT = "ladder.direct-intermediate";
    public static final String LADDER_DIRECT_TRAINING = "ladder.direct-training";
    public static final String LADDER_TALENT = "ladder.outstanding-talent";
    public static final String ACHIEVEMENTS = "achievements";
    public static final String SALES_RECORDS = "sales-records";
    public static final String PAPERS = "papers";
    public static final String CERTIFICATES = "certificates";

    private RuleIds() {
    }

    /** The id of a path on one route of the ladder: the base rule or one of the exceptions easing it. */
    public enum Route {
        BASE("ladder.path."),
        TRAINING("ladder.training."),
        DIRECT("ladder.direct."),
        DIRECT_TRAINING("ladder.direct-training.");

        private final String prefix;

        Route(String prefix) {
            this.prefix = prefix;
        }

        public String path(String pathId) {
            return prefix + pathId;
        }
    }

    /**
     * The id of an achievement an association's overlay adds besides the level's requirement (四, 决定 D-12):
     * prefixed so that it never reads as a provincial one.
     */
    public static String added(String achievementId) {
        return "overlay.achievement." + achievementId;
    }

    /** The id of one achievement of a level's requirement. */
    public static String achievement(String achievementId) {
        return "achievement." + achievementId;
    }
}
