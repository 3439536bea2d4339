package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Delegations;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.core.audit.Act;
import cn.zhicheng.core.audit.Actor;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.audit.Outcome;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.stage.RoundOpening;
import cn.zhicheng.core.review.round.RunningBody;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens a review round (三, 六): the provincial office its own, an association one under the delegation it holds on
 * the day (四, 决定 D-12). Core says who may and what is wrong ({@link RoundOpening}); the round and the audit entry
 * embedding its canonical JSON are stored in one transaction. An id already taken is refused, also when two openings
 * race (the id is the primary key).
 */
public final class OpenRound {

    /** The kind of document the opening's entry embeds. */
    public static final String ROUND = "review.round";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Rounds rounds = new Rounds();
    private final Delegations delegations = new Delegations();
    private final AuditLog audit = new AuditLog();

    @Inject
    public OpenRound(Database database, Clock clock) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
    }

    public Recorded open(Round round, cn.zhicheng.core.review.stage.Actor actor) {
        requireNonNull(round, "round is null");
        requireNonNull(actor, "actor is null");
        Instant at = clock.instant();
        LocalDate day = ApplicationActs.day(at);
        Document document = new Document.Embedded(ROUND, Rounds.json(round));
        return Recorded.run(jdbi, audit, () -> jdbi.inTransaction(h -> {
            if (rounds.find(h, round.id()).isPresent()) {
                return new Recorded.Declined(List.of(Message.of("round.exists", round.id())), RoundOpening.CLAUSE);
            }
            Optional<Delegation> delegation = round.body() instanceof RunningBody.DelegatedAssociation a
                    ? delegations.find(h, a.delegationId()).map(Delegations.Stored::delegation) : Optional.empty();
            List<Message> problems = RoundOpening.problems(round, actor, day, delegation);
            if (!problems.isEmpty()) {
                return new Recorded.Declined(problems, round.body().association().isPresent()
                        ? Delegation.DECISION : RoundOpening.CLAUSE);
            }
            rounds.save(h, round);
            AuditEntry entry = audit.append(h, act(round, actor, at, Optional.of("opened"), Outcome.done(),
                    document, round.body().association().isPresent() ? Delegation.DECISION : RoundOpening.CLAUSE));
            return new Recorded.Landed(new Recorded.Done(Message.of("round.opened", round.id(), round.year(),
                    round.fields().stream().sorted().toList(), round.levels().stream().sorted().toList(),
                    round.applicationsOpen(), round.applicationsClose(), round.cutOff()), entry));
        }), d -> act(round, actor, at, Optional.empty(), Outcome.refused(d.reasons().get(0).key()), document,
                d.clause()));
    }

    private static Act act(Round round, cn.zhicheng.core.review.stage.Actor actor, Instant at,
                           Optional<String> after, Outcome outcome, Document document,
                           cn.zhicheng.core.policy.Clause clause) {
        return new Act(round.id(), new Actor(actor.id(), actor.role().name()), "round.open", clause, at,
                Optional.empty(), after, Optional.of(document), outcome);
    }
}
