package cn.zhicheng.core.ruleset;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.decision.RuleSetPin;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every dated version of every field's criteria, the way OpenFisca keys parameters by the date they take effect.
 * It answers "the criteria in force for this field on this date" — a version applies from its {@code effectiveFrom}
 * until the day before the next version's, or until its own {@code effectiveTo} — and "exactly the pinned
 * version", checked to the criteria digest. The loader has already refused overlapping and gapped windows.
 */
public final class RuleBook {

    private final Map<String, List<FieldCriteria>> byField;

    private RuleBook(Map<String, List<FieldCriteria>> byField) {
        this.byField = byField;
    }

    /** A rule book over versions in annex order; a field's versions are kept oldest first. */
    public static RuleBook of(List<FieldCriteria> versions) {
        Map<String, List<FieldCriteria>> byField = new LinkedHashMap<>();
        for (FieldCriteria f : versions) {
            byField.computeIfAbsent(f.field().code(), k -> new ArrayList<>()).add(f);
        }
        byField.replaceAll((code, list) -> list.stream()
                .sorted(Comparator.comparing((FieldCriteria f) -> f.ruleSet().effectiveFrom())).toList());
        return new RuleBook(java.util.Collections.unmodifiableMap(byField));
    }

    /** What the rule book says for a field on a date. */
    public sealed interface Lookup permits InForce, NotInForce, UnknownField {
    }

    /** The version in force on the date. */
    public record InForce(FieldCriteria criteria) implements Lookup {
        public InForce {
            requireNonNull(criteria, "criteria is null");
        }
    }

    /** No version of the field is in force on the date; these are the versions there are. */
    public record NotInForce(String field, LocalDate date, List<RuleSet> versions) implements Lookup {
        public NotInForce {
            versions = List.copyOf(versions);
        }
    }

    /** No annex declares the field. */
    public record UnknownField(String field, List<String> known) implements Lookup {
        public UnknownField {
            known = List.copyOf(known);
        }
    }

    public Lookup inForce(String field, LocalDate date) {
        List<FieldCriteria> versions = byField.get(field);
        if (versions == null) {
            return new UnknownField(field, List.copyOf(byField.keySet()));
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            FieldCriteria v = versions.get(i);
            if (!date.isBefore(v.ruleSet().effectiveFrom())) {
                boolean ended = v.ruleSet().effectiveTo().map(date::isAfter).orElse(false);
                return ended ? new NotInForce(field, date, ruleSets(versions)) : new InForce(v);
            }
        }
        return new NotInForce(field, date, ruleSets(versions));
    }

    /** Exactly the pinned version of a field, when it is loaded and its criteria at the level match the digest. */
    public Optional<FieldCriteria> pinned(String field, RuleSetPin pin, Level level) {
        return byField.getOrDefault(field, List.of()).stream()
                .filter(f -> pin.matches(f.ruleSet(), level))
                .findFirst();
    }

    /** The newest version of each field, in annex order. */
    public List<FieldCriteria> latest() {
        return byField.values().stream().map(list -> list.get(list.size() - 1)).toList();
    }

    /** Every version of a field, oldest first. */
    public List<FieldCriteria> versions(String field) {
        return byField.getOrDefault(field, List.of());
    }

    private static List<RuleSet> ruleSets(List<FieldCriteria> versions) {
        return versions.stream().map(FieldCriteria::ruleSet).toList();
    }
}
