package cn.zhicheng.core.criteria;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which rules a decision used: the annex, its version, its effective dates, and the SHA-256 of the exact YAML it
 * was read from (with the series baseline), so a stored decision can be reproduced after the criteria change.
 */
public record RuleSet(String annexId, String version, String document, LocalDate effectiveFrom,
                      Optional<LocalDate> effectiveTo, String sha256) {

    public RuleSet {
        requireNonNull(annexId, "annexId is null");
        requireNonNull(version, "version is null");
        requireNonNull(document, "document is null");
        requireNonNull(effectiveFrom, "effectiveFrom is null");
        requireNonNull(effectiveTo, "effectiveTo is null");
        requireNonNull(sha256, "sha256 is null");
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && effectiveTo.map(to -> !date.isAfter(to)).orElse(true);
    }
}
