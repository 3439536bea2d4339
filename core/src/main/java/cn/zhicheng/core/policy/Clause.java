package cn.zhicheng.core.policy;

import static java.util.Objects.requireNonNull;

/**
 * A citation of the rule a piece of the software implements: a clause of the notice (吉人社规〔2021〕5号,
 * cited by its own numbering, e.g. {@code 五(二)2}), an annex ({@code 附件1}), a national document
 * ({@code 人社部发〔2019〕16号}), or a product decision where the notice is silent ({@code 决定 D-2}).
 */
public record Clause(String ref) {

    /** The notice every unqualified reference belongs to. */
    public static final String NOTICE = "吉人社规〔2021〕5号";

    public Clause {
        requireNonNull(ref, "ref is null");
        if (ref.isBlank()) {
            throw new IllegalArgumentException("clause reference is blank");
        }
    }

    public static Clause notice(String ref) {
        return new Clause(ref);
    }

    /** A product decision of decisions.md, cited as {@code 决定 D-n}. */
    public static Clause decision(int n) {
        return new Clause("决定 D-" + n);
    }

    @Override
    public String toString() {
        return ref;
    }
}
