package cn.zhicheng.core.eligibility;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.policy.Clause;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of an explanation: which rule, the clauses it implements, the facts it used, how it came out and why
 * (a message key with arguments), the green channel that waived or eased it, the date it would pass when only time
 * is missing, whether it rests on a provisional criterion (决定 D-11), the findings beneath it, and the ids of the
 * evidence it relied on. Facts are typed values ({@link Facts}) held in key order, so a finding has one form.
 */
public record Finding(String rule, List<Clause> clauses, Outcome outcome, Map<String, Object> facts,
                      Message message, Optional<GreenChannel> exception, Optional<LocalDate> passesOn,
                      boolean provisional, List<Finding> children, List<String> evidence) {

    public Finding {
        requireNonNull(rule, "rule is null");
        clauses = Owned.copyOf(clauses);
        requireNonNull(outcome, "outcome is null");
        facts = Facts.sorted(facts);
        evidence = ordered(evidence);
        requireNonNull(message, "message is null");
        requireNonNull(exception, "exception is null");
        requireNonNull(passesOn, "passesOn is null");
        children = Owned.copyOf(children);
    }

    /** A finding that cites no evidence of its own. */
    public Finding(String rule, List<Clause> clauses, Outcome outcome, Map<String, Object> facts, Message message,
                   Optional<GreenChannel> exception, Optional<LocalDate> passesOn, boolean provisional,
                   List<Finding> children) {
        this(rule, clauses, outcome, facts, message, exception, passesOn, provisional, children, List.of());
    }

    /** The same finding, citing the evidence (by id) it relied on. */
    public Finding withEvidence(java.util.Collection<String> ids) {
        return new Finding(rule, clauses, outcome, facts, message, exception, passesOn, provisional, children,
                List.copyOf(ids));
    }

    public static Finding leaf(String rule, Clause clause, Outcome outcome, Map<String, Object> facts,
                               Message message) {
        return new Finding(rule, List.of(clause), outcome, facts, message, Optional.empty(), Optional.empty(),
                false, List.of());
    }

    /** A leaf citing clauses already held in an immutable list (a constant, shared by every finding of the rule). */
    static Finding leaf(String rule, List<Clause> clauses, Outcome outcome, Map<String, Object> facts,
                        Message message) {
        return new Finding(rule, clauses, outcome, facts, message, Optional.empty(), Optional.empty(), false,
                List.of());
    }

    public Finding withException(GreenChannel channel) {
        return new Finding(rule, clauses, outcome, facts, message, Optional.of(channel), passesOn, provisional,
                children, evidence);
    }

    public Finding withPassesOn(LocalDate date) {
        return new Finding(rule, clauses, outcome, facts, message, exception, Optional.of(date), provisional,
                children, evidence);
    }

    /** This finding and every finding beneath it, depth first. */
    public java.util.stream.Stream<Finding> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                children.stream().flatMap(Finding::flatten));
    }

    /** The finding with a rule id, here or beneath (depth first). */
    public Optional<Finding> find(String ruleId) {
        if (rule.equals(ruleId)) {
            return Optional.of(this);
        }
        for (int i = 0; i < children.size(); i++) {
            Optional<Finding> found = children.get(i).find(ruleId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether this finding or any beneath it rests on a provisional criterion (决定 D-11). */
    boolean anyProvisional() {
        if (provisional) {
            return true;
        }
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).anyProvisional()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Evidence ids without repeats, in ascending order; a list already in that order (one copied from another
     * finding) is kept as it is.
     */
    private static List<String> ordered(List<String> evidence) {
        for (int i = 1; i < evidence.size(); i++) {
            if (evidence.get(i - 1).compareTo(evidence.get(i)) >= 0) {
                return evidence.stream().distinct().sorted().toList();
            }
        }
        return Owned.copyOf(evidence);
    }
}
