package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Database;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * 六(五) 结果公示: the body running the round (the provincial office, or the association under a delegation, 四,
 * 决定 D-12) publicises a passed application's result for at least 5 working days (决定 D-5), the same way the
 * recommendation is publicised.
 */
public final class PubliciseResult {

    private final Posting posting;

    @Inject
    public PubliciseResult(Database database, Clock clock, WorkingDays calendar) {
        this.posting = new Posting(requireNonNull(database, "database is null").jdbi(), clock, calendar);
    }

    public PublicityPosted publicise(String applicationId, Actor actor) {
        return publicise(applicationId, actor, Publicity.MINIMUM_WORKING_DAYS);
    }

    public PublicityPosted publicise(String applicationId, Actor actor, int workingDays) {
        return posting.post(applicationId, actor, Act.PUBLICISE_RESULT, Publicity.Kind.RESULT,
                workingDays);
    }

    /**
     * Posts the minimum period on many applications, each as {@link #publicise(String, Actor)} does, in
     * transactions of many applications.
     */
    public List<PublicityPosted> publiciseAll(List<ActOn> batch) {
        return posting.postAll(batch, Act.PUBLICISE_RESULT, Publicity.Kind.RESULT, Publicity.MINIMUM_WORKING_DAYS);
    }
}
