package cn.zhicheng.core.review.round;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A review round (三: 纳入吉林省职称评审工作统一安排; 六): its year, the fields (by code) and levels it opens, the body
 * that runs it (四, 决定 D-12), the days applications are taken (六(一)), and the cut-off date from which years and
 * achievement windows are counted (决定 D-17). Applications of the round are decided as of the cut-off date, under the
 * rule set in force then.
 */
public record Round(String id, int year, Set<String> fields, Set<Level> levels, RunningBody body, LocalDate cutOff,
                    LocalDate applicationsOpen, LocalDate applicationsClose) {

    public static final Clause CLAUSE = Clause.notice("三");

    public Round {
        requireNonNull(id, "id is null");
        fields = Set.copyOf(fields);
        levels = Set.copyOf(levels);
        requireNonNull(body, "body is null");
        requireNonNull(cutOff, "cutOff is null");
        requireNonNull(applicationsOpen, "applicationsOpen is null");
        requireNonNull(applicationsClose, "applicationsClose is null");
        if (fields.isEmpty() || levels.isEmpty()) {
            throw new IllegalArgumentException("a round opens at least one field and one level");
        }
        if (levels.stream().anyMatch(l -> !l.awardedInThisScheme())) {
            throw new IllegalArgumentException("二 sets no 员级 title to review");
        }
        if (applicationsClose.isBefore(applicationsOpen)) {
            throw new IllegalArgumentException("applications close before they open");
        }
    }

    /** Whether the round reviews this field at this level (三). */
    public boolean accepts(String field, Level level) {
        return fields.contains(field) && levels.contains(level);
    }

    public boolean acceptsApplicationsOn(LocalDate day) {
        return !day.isBefore(applicationsOpen) && !day.isAfter(applicationsClose);
    }

    /**
     * Whether an act may be taken in this round for an application of a field and level on a day: the round opens
     * them (三), and an association's round acts only under the delegation in force on that day and within its scope
     * (四, 决定 D-12) — so a revocation or narrowing stops new acts at once, and leaves earlier ones as they were.
     */
    public Authority authorityOn(String field, Level level, LocalDate on, Optional<Delegation> delegation) {
        if (!accepts(field, level)) {
            return new Authority.Denied(Message.of("round.notOpened", id, field, level), CLAUSE);
        }
        // Java 17 has no pattern switch; RunningBody has two permitted subtypes.
        if (body instanceof RunningBody.DelegatedAssociation a) {
            return underDelegation(a, field, level, on, delegation);
        }
        return new Authority.Granted(CLAUSE);
    }

    private Authority underDelegation(RunningBody.DelegatedAssociation a, String field, Level level, LocalDate on,
                                      Optional<Delegation> delegation) {
        if (delegation.isEmpty() || !delegation.get().id().equals(a.delegationId())
                || !delegation.get().association().equals(a.associationId())) {
            return new Authority.Denied(Message.of("round.delegation.missing", id, a.associationId(),
                    a.delegationId()), Delegation.DECISION);
        }
        return delegation.get().gap(field, level, on)
                .<Authority>map(m -> new Authority.Denied(m, Delegation.DECISION))
                .orElseGet(() -> new Authority.Granted(Delegation.DECISION));
    }

    /**
     * What stops an association from opening this round on a day (四, 决定 D-12): every field and level it opens must
     * be covered by the delegation in force then. Empty for a provincial round, or when nothing stops it.
     */
    public List<Message> openingProblems(LocalDate on, Optional<Delegation> delegation) {
        List<Message> problems = new ArrayList<>();
        if (body instanceof RunningBody.DelegatedAssociation a) {
            for (String f : fields.stream().sorted().toList()) {
                for (Level l : levels.stream().sorted().toList()) {
                    if (underDelegation(a, f, l, on, delegation) instanceof Authority.Denied d) {
                        problems.add(d.reason());
                    }
                }
            }
        }
        return problems.stream().distinct().toList();
    }
}
