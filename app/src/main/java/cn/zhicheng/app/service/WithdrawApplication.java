package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.service.ApplicationActs.Step;
import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.StageMachine;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * 五(三)1 自愿参加: the applicant withdraws an application before the expert review begins. Core decides from the stored
 * stage; the new stage is written only if the application is still at the version read (UPDATE ... WHERE version),
 * together with its audit entry. When a parallel act changed it first, the attempt rolls back and is decided again
 * on what is stored now — so of parallel withdrawals exactly one lands and the others are refused as repeated.
 */
public final class WithdrawApplication {

    private final Jdbi jdbi;
    private final Clock clock;
    private final Rounds rounds = new Rounds();
    private final Applications applications = new Applications();
    private final AuditLog audit = new AuditLog();
    private final ApplicationActs acts;

    @Inject
    public WithdrawApplication(Database database, Clock clock) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        this.acts = new ApplicationActs(jdbi, audit);
    }

    public ActResult withdraw(String applicationId, Actor actor) {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(actor, "actor is null");
        Instant at = clock.instant();
        return acts.run(() -> jdbi.inTransaction(h -> {
            StoredApplication stored = applications.find(h, applicationId)
                    .orElseThrow(() -> NotFound.application(applicationId));
            Round round = rounds.find(h, stored.roundId()).orElseThrow(() -> NotFound.round(stored.roundId()));
            Facts facts = Facts.on(ApplicationActs.day(at), round, stored.field(), stored.level()).build();
            Outcome outcome = StageMachine.apply(stored.stage(), Act.WITHDRAW, actor, facts);
            if (outcome instanceof Outcome.Refused refused) {
                return new Step.Declined(refused, stored.stage());
            }
            Outcome.Moved moved = (Outcome.Moved) outcome;
            if (!applications.moveStage(h, applicationId, stored.version(), moved.to(), at)) {
                throw new ApplicationActs.LostRace();
            }
            AuditEntry entry = audit.append(h, ApplicationActs.audited(applicationId, actor, Act.WITHDRAW,
                    moved.clause(), at, stored.stage(), Optional.of(moved.to()), Optional.empty(),
                    cn.zhicheng.core.audit.Outcome.done()));
            StoredApplication now = new StoredApplication(stored.id(), stored.roundId(), stored.field(),
                    stored.level(), stored.dossierSha256(), moved.to(), stored.version() + 1, stored.createdAt(), at);
            return new Step.Landed(new ActResult.Done(now, moved, entry));
        }), d -> ApplicationActs.audited(applicationId, actor, Act.WITHDRAW, d.refusal().clause(), at, d.at(),
                Optional.empty(), Optional.empty(),
                cn.zhicheng.core.audit.Outcome.refused(d.refusal().reason().key())));
    }
}
