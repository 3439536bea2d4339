package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.Sessions;
import cn.zhicheng.app.store.StoredSession;
import cn.zhicheng.core.audit.Act;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.audit.Outcome;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.review.committee.Refused;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.StageMachine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What every act of a review session shares — acts that are not on one application: the draw, attendance, a ballot,
 * closing the box, a confirmation. The act runs in one transaction (retried when it loses a race) and appends its
 * audit entry there; a refusal by the rules ({@link Refused}, with its clause) changes nothing and is audited alone,
 * in a transaction of its own, then handed to the caller.
 */
final class SessionActs {

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Sessions sessions = new Sessions();
    private final Applications applications = new Applications();
    private final Rounds rounds = new Rounds();

    SessionActs(Jdbi jdbi, AuditLog audit) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    /** Runs {@code work} as the act {@code key} on {@code subject}; a refusal is audited and rethrown. */
    <T> T take(String subject, Actor actor, String key, Instant at, Function<Handle, T> work) {
        try {
            return ApplicationActs.retrying(() -> jdbi.inTransaction(work::apply));
        } catch (Refused refused) {
            throw recorded(subject, actor, key, at, refused);
        }
    }

    /** Audits a refusal in a transaction of its own (nothing else changed) and returns it, to be thrown. */
    Refused recorded(String subject, Actor actor, String key, Instant at, Refused refused) {
        Act act = refusal(subject, actor, key, at, refused);
        ApplicationActs.retrying(() -> jdbi.inTransaction(h -> audit.append(h, act)));
        return refused;
    }

    /** The entry of a refused act: nothing changed, the reason and its clause. */
    static Act refusal(String subject, Actor actor, String key, Instant at, Refused refused) {
        return new Act(subject, auditor(actor), key, refused.clauses().get(0), at, Optional.empty(),
                Optional.empty(), Optional.empty(), Outcome.refused(refused.reason().key()));
    }

    /** The audit log the acts append to. */
    AuditLog audit() {
        return audit;
    }

    /** Appends the entry of an act that landed, in the caller's transaction. */
    AuditEntry done(Handle h, String subject, Actor actor, String key, Clause clause, Instant at,
                    Optional<String> before, Optional<String> after, Optional<Document> document) {
        return audit.append(h, new Act(subject, auditor(actor), key, clause, at, before, after, document,
                Outcome.done()));
    }

    /** The session, or {@link NotFound}. */
    StoredSession session(Handle h, String id) {
        return sessions.find(h, id).orElseThrow(() -> notFound(id));
    }

    /** The session with its row locked for the rest of the transaction, or {@link NotFound}. */
    StoredSession locked(Handle h, String id) {
        return sessions.lock(h, id).orElseThrow(() -> notFound(id));
    }

    /** Refused unless the session has come exactly to {@code phase} (七(三), 七(二): the steps in their order). */
    static void requirePhase(StoredSession s, StoredSession.Phase phase, Clause clause) {
        if (s.phase() != phase) {
            throw new Refused(Message.of("committee.session.phase", s.id(), s.phase().name(), phase.name()),
                    List.of(clause));
        }
    }

    /**
     * Refused unless the actor acts for the body running the round of every one of these applications (四, 决定
     * D-12): in an association's round its secretary and experts act {@code @} that association, in a provincial
     * round the provincial pool's experts act for no association. Core decides ({@link StageMachine#ofRunningBody});
     * an application not stored is left to the caller.
     */
    void requireRunningBody(Handle h, Collection<String> applicationIds, Actor actor) {
        requireRunningBody(roundsOf(h, applicationIds), actor);
    }

    /**
     * The rounds of these applications, read once for many actors' checks (one query for all the applications);
     * an application not stored is left out.
     */
    List<Round> roundsOf(Handle h, Collection<String> applicationIds) {
        Set<String> roundIds = applications.roundIds(h, applicationIds);
        List<Round> found = new ArrayList<>();
        for (String roundId : roundIds) {
            found.add(rounds.find(h, roundId).orElseThrow(() -> NotFound.round(roundId)));
        }
        return found;
    }

    /** {@link #requireRunningBody(Handle, Collection, Actor)} for the applications of a session. */
    void requireRunningBodyOfSession(Handle h, String sessionId, Actor actor) {
        requireRunningBody(roundsOfSession(h, sessionId), actor);
    }

    /** {@link #roundsOf} the applications of a session, their rounds found with one query. */
    List<Round> roundsOfSession(Handle h, String sessionId) {
        List<Round> found = new ArrayList<>();
        for (String roundId : sessions.roundIds(h, sessionId)) {
            found.add(rounds.find(h, roundId).orElseThrow(() -> NotFound.round(roundId)));
        }
        return found;
    }

    /** {@link #requireRunningBody(Handle, Collection, Actor)} on rounds already read. */
    static void requireRunningBody(List<Round> rounds, Actor actor) {
        for (Round round : rounds) {
            StageMachine.ofRunningBody(actor, round).ifPresent(r -> {
                throw new Refused(r.reason(), List.of(r.clause()));
            });
        }
    }

    /** Refused unless the actor is in one of {@code roles}; the clause says whose act it is. */
    static void requireRole(Actor actor, Clause clause, Role... roles) {
        if (Arrays.stream(roles).noneMatch(r -> r == actor.role())) {
            throw new Refused(Message.of("committee.session.wrongRole", actor.role().name().toLowerCase(Locale.ROOT),
                    Arrays.stream(roles).map(r -> r.name().toLowerCase(Locale.ROOT)).toList()), List.of(clause));
        }
    }

    static NotFound notFound(String sessionId) {
        return new NotFound(new Text("没有编号为 " + sessionId + " 的评审会议", "there is no review session " + sessionId));
    }

    static cn.zhicheng.core.audit.Actor auditor(Actor actor) {
        return new cn.zhicheng.core.audit.Actor(actor.id(), actor.role().name());
    }
}
