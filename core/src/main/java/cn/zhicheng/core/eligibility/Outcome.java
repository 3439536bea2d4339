package cn.zhicheng.core.eligibility;

/** How one finding came out. */
public enum Outcome {
    /** The requirement is met. */
    PASSED,
    /** The requirement is not met. */
    FAILED,
    /** The base requirement is not met (or not asked), and a green channel waived or eased it. */
    WAIVED,
    /** Informational: nothing is required here. */
    INFO;

    public boolean blocks() {
        return this == FAILED;
    }
}
