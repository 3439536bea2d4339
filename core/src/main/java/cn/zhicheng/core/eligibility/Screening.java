package cn.zhicheng.core.eligibility;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The verdict of an evaluation without its explanation, for screening a whole round, and the earliest date of
 * eligibility when only time is missing — always those the explained {@link Decision} of the same input gives.
 */
public record Screening(Verdict verdict, Optional<LocalDate> earliestEligible) {

    public Screening {
        requireNonNull(verdict, "verdict is null");
        requireNonNull(earliestEligible, "earliestEligible is null");
    }

    public boolean eligible() {
        return verdict == Verdict.ELIGIBLE;
    }
}
