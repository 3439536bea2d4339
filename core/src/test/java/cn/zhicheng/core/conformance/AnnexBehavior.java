package cn.zhicheng.core.conformance;

/**
 * Optional behaviours an annex may honestly have or not (the way Trino's connector tests declare what a connector
 * supports). An annex's conformance test says which it has by overriding
 * {@link AnnexConformanceTest#hasBehavior(AnnexBehavior)}; the kit checks each claim against the criteria both ways
 * (declared and absent, or present and undeclared, fails) and runs the behaviour's own checks only when it is declared.
 */
public enum AnnexBehavior {

    /** 五(二)2 stays on for every field of the annex (决定 D-1 lets an annex switch it off). */
    DIRECT_INTERMEDIATE(true),

    /** Thresholds on sales amounts, fan counts or service hours (五(二)3, 决定 D-11, D-17), not only works. */
    QUANTIFIED_RECORDS(false),

    /** The field lists its occupations, as the social-service field must (一(二)). */
    OCCUPATIONS(false);

    private final boolean byDefault;

    AnnexBehavior(boolean byDefault) {
        this.byDefault = byDefault;
    }

    /** What an annex that declares nothing is taken to have. */
    public boolean byDefault() {
        return byDefault;
    }
}
