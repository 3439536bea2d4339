package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Delegations;
import cn.zhicheng.core.audit.Act;
import cn.zhicheng.core.audit.Actor;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.audit.Outcome;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.DelegationChange;
import cn.zhicheng.core.review.stage.Role;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * The provincial office grants an association review authority, narrows it or revokes it (四: 逐步探索将评审权限下放到
 * 各行业协会; 决定 D-12). Core decides what a change may be ({@link Delegation#narrow}, {@link Delegation#revoke}); each
 * change is stored with the audit entry embedding the delegation as it now stands, in one transaction, from the
 * version read — so of two concurrent changes one lands and the other is decided again on what is stored.
 */
public final class DelegationActs {

    /** The kind of document a delegation's entries embed. */
    public static final String DELEGATION = "review.delegation";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Delegations delegations = new Delegations();
    private final AuditLog audit = new AuditLog();

    @Inject
    public DelegationActs(Database database, Clock clock) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
    }

    public Recorded grant(String id, String association, Set<String> fields, Set<Level> levels, LocalDate validFrom,
                          LocalDate validTo, cn.zhicheng.core.review.stage.Actor actor) {
        Instant at = clock.instant();
        List<Message> problems = new ArrayList<>(byProvince(actor));
        problems.addAll(Delegation.grantProblems(id, fields, levels, validFrom, validTo));
        Optional<Delegation> granted = problems.isEmpty()
                ? Optional.of(Delegation.grant(id, association, fields, levels, validFrom, validTo))
                : Optional.empty();
        return Recorded.run(jdbi, audit, () -> jdbi.inTransaction(h -> {
            if (!problems.isEmpty()) {
                return new Recorded.Declined(problems, Delegation.DECISION);
            }
            if (delegations.find(h, id).isPresent()) {
                return new Recorded.Declined(List.of(Message.of("delegation.exists", id)), Delegation.DECISION);
            }
            Delegation d = granted.orElseThrow();
            delegations.insert(h, d);
            AuditEntry entry = audit.append(h, act(id, actor, "delegation.grant", at, Optional.empty(),
                    Optional.of("granted"), Optional.of(document(d)), Outcome.done()));
            return new Recorded.Landed(new Recorded.Done(Message.of("delegation.granted", id, association,
                    fields.stream().sorted().toList(), levels.stream().sorted().toList(), validFrom, validTo),
                    entry));
        }), d -> act(id, actor, "delegation.grant", at, Optional.empty(), Optional.empty(), Optional.empty(),
                Outcome.refused(d.reasons().get(0).key())));
    }

    /** A new version from {@code on} covering a subset of the one in force (决定 D-12). */
    public Recorded narrow(String id, LocalDate on, Set<String> fields, Set<Level> levels, LocalDate validTo,
                           cn.zhicheng.core.review.stage.Actor actor) {
        return change(id, "delegation.narrow", actor, d -> d.narrow(on, fields, levels, validTo));
    }

    /** Stops new acts from {@code on}; what was done before stays valid (决定 D-12). */
    public Recorded revoke(String id, LocalDate on, cn.zhicheng.core.review.stage.Actor actor) {
        return change(id, "delegation.revoke", actor, d -> d.revoke(on));
    }

    private Recorded change(String id, String key, cn.zhicheng.core.review.stage.Actor actor,
                            Function<Delegation, DelegationChange> how) {
        Instant at = clock.instant();
        List<Message> notProvince = byProvince(actor);
        return Recorded.run(jdbi, audit, () -> jdbi.inTransaction(h -> {
            if (!notProvince.isEmpty()) {
                return new Recorded.Declined(notProvince, Delegation.DECISION);
            }
            Optional<Delegations.Stored> stored = delegations.find(h, id);
            if (stored.isEmpty()) {
                return new Recorded.Declined(List.of(Message.of("delegation.unknown", id)), Delegation.DECISION);
            }
            DelegationChange change = how.apply(stored.get().delegation());
            if (change instanceof DelegationChange.Rejected r) {
                return new Recorded.Declined(r.problems(), r.clause());
            }
            DelegationChange.Changed changed = (DelegationChange.Changed) change;
            if (!delegations.replace(h, changed.delegation(), stored.get().version())) {
                throw new ApplicationActs.LostRace();
            }
            AuditEntry entry = audit.append(h, act(id, actor, key, at, Optional.of(state(stored.get().delegation())),
                    Optional.of(state(changed.delegation())), Optional.of(document(changed.delegation())),
                    Outcome.done()));
            return new Recorded.Landed(new Recorded.Done(changed.what(), entry));
        }), d -> act(id, actor, key, at, Optional.empty(), Optional.empty(), Optional.empty(),
                Outcome.refused(d.reasons().get(0).key())));
    }

    /** Only the provincial office grants, narrows and revokes (四, 决定 D-12). */
    private static List<Message> byProvince(cn.zhicheng.core.review.stage.Actor actor) {
        return actor.role() == Role.PROVINCIAL_OFFICE ? List.of()
                : List.of(Message.of("delegation.provincialOnly", actor.role()));
    }

    /** The state a change moves a delegation between: how many versions it has, and whether it is revoked. */
    private static String state(Delegation d) {
        return "versions=" + d.versions().size() + d.revokedOn().map(r -> ",revoked=" + r).orElse("");
    }

    private static Document document(Delegation d) {
        return new Document.Embedded(DELEGATION, Delegations.json(d));
    }

    private static Act act(String id, cn.zhicheng.core.review.stage.Actor actor, String key, Instant at,
                           Optional<String> before, Optional<String> after, Optional<Document> document,
                           Outcome outcome) {
        return new Act(id, new Actor(actor.id(), actor.role().name()), key, Delegation.DECISION, at, before, after,
                document, outcome);
    }
}
