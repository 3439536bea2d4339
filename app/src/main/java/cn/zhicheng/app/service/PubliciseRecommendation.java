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
 * 六(二) 择优推荐并进行不少于5个工作日的公示: the recommender posts its recommendation for at least 5 working days,
 * counted on China's holiday and 调休 data (决定 D-5). The period is stored with the move, in one transaction; a period
 * the data does not cover is refused under 决定 D-5.
 */
public final class PubliciseRecommendation {

    private final Posting posting;

    @Inject
    public PubliciseRecommendation(Database database, Clock clock, WorkingDays calendar) {
        this.posting = new Posting(requireNonNull(database, "database is null").jdbi(), clock, calendar);
    }

    /** Posts the minimum period, 5 working days. */
    public PublicityPosted publicise(String applicationId, Actor actor) {
        return publicise(applicationId, actor, Publicity.MINIMUM_WORKING_DAYS);
    }

    /** Posts a period of {@code workingDays} (5 to {@value Posting#MAXIMUM_WORKING_DAYS}). */
    public PublicityPosted publicise(String applicationId, Actor actor, int workingDays) {
        return posting.post(applicationId, actor, Act.PUBLICISE_RECOMMENDATION,
                Publicity.Kind.RECOMMENDATION, workingDays);
    }

    /**
     * Posts the minimum period on many applications, each as {@link #publicise(String, Actor)} does, in
     * transactions of many applications.
     */
    public List<PublicityPosted> publiciseAll(List<ActOn> batch) {
        return posting.postAll(batch, Act.PUBLICISE_RECOMMENDATION, Publicity.Kind.RECOMMENDATION, Publicity.MINIMUM_WORKING_DAYS);
    }
}
