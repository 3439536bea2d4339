package cn.zhicheng.core.decision;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;

/**
 * The rule set a decision was made under: annex id, version, the policy document, the day the version took effect,
 * and the SHA-256 of exactly the criteria applied at the decision's level ({@link CriteriaDigest}). With it the
 * rule book gives back the very criteria, whatever versions came later.
 */
public record RuleSetPin(String annexId, String version, String document, LocalDate effectiveFrom,
                         String criteriaSha256) {

    public RuleSetPin {
        requireNonNull(annexId, "annexId is null");
        requireNonNull(version, "version is null");
        requireNonNull(document, "document is null");
        requireNonNull(effectiveFrom, "effectiveFrom is null");
        requireNonNull(criteriaSha256, "criteriaSha256 is null");
    }

    public static RuleSetPin of(RuleSet ruleSet, Level level) {
        return new RuleSetPin(ruleSet.annexId(), ruleSet.version(), ruleSet.document(), ruleSet.effectiveFrom(),
                ruleSet.criteriaSha256(level));
    }

    /** Whether a loaded rule set is the one pinned here, to the digest. */
    public boolean matches(RuleSet ruleSet, Level level) {
        return annexId.equals(ruleSet.annexId()) && version.equals(ruleSet.version())
                && criteriaSha256.equals(ruleSet.criteriaSha256().get(level));
    }
}
