package cn.zhicheng.core.eligibility;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.policy.Clause;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of an explanation: which rule, the clauses it implements, the facts it used, how it came out and why
 * (a message key with arguments), the green channel that waived or eased it, the date it would pass when only time
 * is missing, whether it rests on a provisional criterion (决定 D-11), and the findings beneath it.
 */
public record Finding(String rule, List<Clause> clauses, Outcome outcome, Map<String, Object> facts,
                      Message message, Optional<GreenChannel> exception, Optional<LocalDate> passesOn,
                      boolean provisional, List<Finding> children) {

    public Finding {
        requireNonNull(rule, "rule is null");
        clauses = List.copyOf(clauses);
        requireNonNull(outcome, "outcome is null");
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        requireNonNull(message, "message is null");
        requireNonNull(exception, "exception is null");
        requireNonNull(passesOn, "passesOn is null");
        children = List.copyOf(children);
    }

    public static Finding leaf(String rule, Clause clause, Outcome outcome, Map<String, Object> facts,
                               Message message) {
        return new Finding(rule, List.of(clause), outcome, facts, message, Optional.empty(), Optional.empty(),
                false, List.of());
    }

    public Finding withException(GreenChannel channel) {
        return new Finding(rule, clauses, outcome, facts, message, Optional.of(channel), passesOn, provisional,
                children);
    }

    public Finding withPassesOn(LocalDate date) {
        return new Finding(rule, clauses, outcome, facts, message, exception, Optional.of(date), provisional,
                children);
    }

    /** This finding and every finding beneath it, depth first. */
    public java.util.stream.Stream<Finding> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                children.stream().flatMap(Finding::flatten));
    }

    /** The finding with a rule id, here or beneath. */
    public Optional<Finding> find(String ruleId) {
        return flatten().filter(f -> f.rule.equals(ruleId)).findFirst();
    }
}
