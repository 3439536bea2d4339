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
import java.util.TreeSet;

/**
 * Review authority the provincial office delegates to an industry association (四: 逐步探索将评审权限下放到各行业协会;
 * 决定 D-12): the fields and levels it covers and the days it is valid, as a list of dated versions. The grant is the
 * first version; a narrowing appends a version that covers a subset from its date on; a revocation ends it from its
 * date on. Earlier versions are never changed, so an act checked against the version in force on its day stays valid
 * after any later narrowing or revocation.
 */
public record Delegation(String id, String association, List<Version> versions, Optional<LocalDate> revokedOn) {

    public static final Clause CLAUSE = Clause.notice("四");
    public static final Clause DECISION = Clause.decision(12);

    /** One version of the delegation: what it covers, in force from {@code from} through {@code validTo}. */
    public record Version(LocalDate from, LocalDate validTo, Set<String> fields, Set<Level> levels) {
        public Version {
            requireNonNull(from, "from is null");
            requireNonNull(validTo, "validTo is null");
            fields = Set.copyOf(fields);
            levels = Set.copyOf(levels);
            if (validTo.isBefore(from)) {
                throw new IllegalArgumentException("a delegation ends before it begins: " + from + " > " + validTo);
            }
            if (fields.isEmpty() || levels.isEmpty()) {
                throw new IllegalArgumentException("a delegation covers at least one field and one level");
            }
            if (levels.stream().anyMatch(l -> !l.awardedInThisScheme())) {
                throw new IllegalArgumentException("二 sets no 员级 title to delegate");
            }
        }

        boolean covers(String field, Level level) {
            return fields.contains(field) && levels.contains(level);
        }
    }

    public Delegation {
        requireNonNull(id, "id is null");
        requireNonNull(association, "association is null");
        versions = List.copyOf(versions);
        requireNonNull(revokedOn, "revokedOn is null");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a delegation has at least its grant");
        }
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).from().isBefore(versions.get(i - 1).from())) {
                throw new IllegalArgumentException("delegation versions are in date order");
            }
        }
    }

    /**
     * Why a grant of these fields and levels for these days cannot be made (四, 决定 D-12): it must cover at least one
     * field and one level, no 员级 (二 sets none to review), and end no earlier than it begins. Empty when it can.
     */
    public static List<Message> grantProblems(String id, Set<String> fields, Set<Level> levels, LocalDate validFrom,
                                              LocalDate validTo) {
        List<Message> problems = new ArrayList<>();
        if (fields.isEmpty() || levels.isEmpty()) {
            problems.add(Message.of("delegation.empty", id));
        }
        if (levels.stream().anyMatch(l -> !l.awardedInThisScheme())) {
            problems.add(Message.of("delegation.noTechnician", id));
        }
        if (validTo.isBefore(validFrom)) {
            problems.add(Message.of("delegation.endsBeforeItBegins", id, validFrom, validTo));
        }
        return List.copyOf(problems);
    }

    /** The provincial office grants an association a delegation (四, 决定 D-12). */
    public static Delegation grant(String id, String association, Set<String> fields, Set<Level> levels,
                                   LocalDate validFrom, LocalDate validTo) {
        return new Delegation(id, association, List.of(new Version(validFrom, validTo, fields, levels)),
                Optional.empty());
    }

    /** The version in force on a day: none before the grant, after its end, or from the day of revocation on. */
    public Optional<Version> versionOn(LocalDate at) {
        if (revokedOn.isPresent() && !at.isBefore(revokedOn.get())) {
            return Optional.empty();
        }
        Version found = null;
        for (Version v : versions) {
            if (!v.from().isAfter(at)) {
                found = v;
            }
        }
        return found == null || at.isAfter(found.validTo()) ? Optional.empty() : Optional.of(found);
    }

    public boolean inForce(LocalDate at) {
        return versionOn(at).isPresent();
    }

    public boolean covers(String field, Level level, LocalDate at) {
        return versionOn(at).map(v -> v.covers(field, level)).orElse(false);
    }

    /** Why the delegation does not let its association act for a field and level on a day, if it does not. */
    public Optional<Message> gap(String field, Level level, LocalDate at) {
        if (revokedOn.isPresent() && !at.isBefore(revokedOn.get())) {
            return Optional.of(Message.of("round.delegation.revoked", id, association, revokedOn.get(), at));
        }
        Optional<Version> v = versionOn(at);
        if (v.isEmpty()) {
            return Optional.of(Message.of("round.delegation.notInForce", id, association, at));
        }
        if (!v.get().covers(field, level)) {
            return Optional.of(Message.of("round.delegation.outside", id, association, field, level,
                    sorted(v.get().fields()), v.get().levels().stream().sorted().toList(), v.get().from()));
        }
        return Optional.empty();
    }

    /**
     * A new version from {@code on} that covers a subset of the one in force then (决定 D-12): narrowing can only take
     * away fields, levels or days, never add them — a wider scope is a new grant.
     */
    public DelegationChange narrow(LocalDate on, Set<String> fields, Set<Level> levels, LocalDate validTo) {
        List<Message> problems = new ArrayList<>();
        Version last = versions.get(versions.size() - 1);
        Optional<Version> current = versionOn(on);
        if (revokedOn.isPresent()) {
            problems.add(Message.of("round.delegation.alreadyRevoked", id, revokedOn.get()));
        } else if (current.isEmpty()) {
            problems.add(Message.of("round.delegation.notInForce", id, association, on));
        }
        if (on.isBefore(last.from())) {
            problems.add(Message.of("round.delegation.backdated", id, on, last.from()));
        }
        if (fields.isEmpty() || levels.isEmpty()) {
            problems.add(Message.of("round.delegation.narrowedToNothing", id));
        }
        if (!last.fields().containsAll(fields)) {
            Set<String> added = new TreeSet<>(fields);
            added.removeAll(last.fields());
            problems.add(Message.of("round.delegation.widensFields", id, List.copyOf(added)));
        }
        if (!last.levels().containsAll(levels)) {
            problems.add(Message.of("round.delegation.widensLevels", id,
                    levels.stream().filter(l -> !last.levels().contains(l)).sorted().toList()));
        }
        if (validTo.isAfter(last.validTo())) {
            problems.add(Message.of("round.delegation.extends", id, validTo, last.validTo()));
        }
        if (validTo.isBefore(on)) {
            problems.add(Message.of("round.delegation.endsBeforeItBegins", id, on, validTo));
        }
        if (!problems.isEmpty()) {
            return new DelegationChange.Rejected(problems, DECISION);
        }
        List<Version> next = new ArrayList<>(versions);
        next.add(new Version(on, validTo, fields, levels));
        return new DelegationChange.Changed(new Delegation(id, association, next, Optional.empty()),
                Message.of("round.delegation.narrowed", id, association, on), DECISION);
    }

    /**
     * Revocation (决定 D-12) stops new acts from its day on; every earlier version stays as it was, so what was done
     * under it stays valid.
     */
    public DelegationChange revoke(LocalDate on) {
        List<Message> problems = new ArrayList<>();
        revokedOn.ifPresent(d -> problems.add(Message.of("round.delegation.alreadyRevoked", id, d)));
        Version last = versions.get(versions.size() - 1);
        if (on.isBefore(last.from())) {
            problems.add(Message.of("round.delegation.backdated", id, on, last.from()));
        }
        if (!problems.isEmpty()) {
            return new DelegationChange.Rejected(problems, DECISION);
        }
        return new DelegationChange.Changed(new Delegation(id, association, versions, Optional.of(on)),
                Message.of("round.delegation.revokedNow", id, association, on), DECISION);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
