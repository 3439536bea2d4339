package cn.zhicheng.core.criteria;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which rules a decision used: the annex, its version, its effective dates, the SHA-256 of the YAML document it was
 * read from (with the series baseline), and, per level, the SHA-256 of exactly the criteria applied there (the
 * resolved ladder, the derived direct paths, the achievements and the score scheme, in canonical JSON). A decision
 * pins the level's criteria digest, so it can be reproduced after the annex gets a later version.
 */
public record RuleSet(String annexId, String version, String document, LocalDate effectiveFrom,
                      Optional<LocalDate> effectiveTo, String sha256, Map<Level, String> criteriaSha256) {

    public RuleSet {
        requireNonNull(annexId, "annexId is null");
        requireNonNull(version, "version is null");
        requireNonNull(document, "document is null");
        requireNonNull(effectiveFrom, "effectiveFrom is null");
        requireNonNull(effectiveTo, "effectiveTo is null");
        requireNonNull(sha256, "sha256 is null");
        criteriaSha256 = criteriaSha256.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(criteriaSha256));
    }

    public RuleSet(String annexId, String version, String document, LocalDate effectiveFrom,
                   Optional<LocalDate> effectiveTo, String sha256) {
        this(annexId, version, document, effectiveFrom, effectiveTo, sha256, Map.of());
    }

    public RuleSet withCriteriaDigests(Map<Level, String> digests) {
        return new RuleSet(annexId, version, document, effectiveFrom, effectiveTo, sha256, digests);
    }

    /** The digest of the criteria applied at a level. */
    public String criteriaSha256(Level level) {
        String digest = criteriaSha256.get(level);
        if (digest == null) {
            throw new IllegalStateException(annexId + " " + version + " has no criteria digest at " + level);
        }
        return digest;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo.isEmpty() || !date.isAfter(effectiveTo.get()));
    }
}
