package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * 五(三)1 自愿参加: the applicant withdraws an application before the expert review begins. Core decides from the stored
 * stage; the new stage is written only if the application is still at the version read (UPDATE ... WHERE version),
 * together with its audit entry. When a parallel act changed it first, the attempt rolls back and is decided again
 * on what is stored now — so of parallel withdrawals exactly one lands and the others are refused as repeated.
 * The shape every act on a stored application takes ({@link ApplicationActs#take}).
 */
public final class WithdrawApplication {

    private final Clock clock;
    private final ApplicationActs acts;

    @Inject
    public WithdrawApplication(Database database, Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        this.acts = new ApplicationActs(requireNonNull(database, "database is null").jdbi(), new AuditLog());
    }

    public ActResult withdraw(String applicationId, Actor actor) {
        return acts.take(applicationId, actor, Act.WITHDRAW, clock.instant(), ApplicationActs.ONLY_MOVE);
    }
}
