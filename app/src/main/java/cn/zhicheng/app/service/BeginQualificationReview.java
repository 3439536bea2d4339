package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * 六(三) 资格审核: a qualification reviewer of the body running the round takes up an application aggregated and sent
 * to the province. Only the stage moves; the review's verdicts come with {@link ConcludeQualificationReview}.
 */
public final class BeginQualificationReview {

    private final Clock clock;
    private final ApplicationActs acts;

    @Inject
    public BeginQualificationReview(Database database, Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        this.acts = new ApplicationActs(requireNonNull(database, "database is null").jdbi(), new AuditLog());
    }

    public ActResult begin(String applicationId, Actor actor) {
        return acts.take(applicationId, actor, Act.BEGIN_QUALIFICATION_REVIEW, clock.instant(),
                ApplicationActs.ONLY_MOVE);
    }

    /** Takes up many applications, each as {@link #begin} does, in transactions of many applications. */
    public List<ActResult> beginAll(List<ActOn> batch) {
        return acts.takeAll(batch, Act.BEGIN_QUALIFICATION_REVIEW, clock.instant(), id -> ApplicationActs.ONLY_MOVE);
    }
}
