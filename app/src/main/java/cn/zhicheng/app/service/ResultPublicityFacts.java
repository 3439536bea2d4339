package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.review.stage.Facts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What the stored result publicity (六(五)) and its objections say, for the acts that follow it: certification
 * (六(六): 公示期满无异议的), filing, and re-examination (决定 D-10). Reads through {@link PublicityFacts}, as the
 * acts during a publicity do, so a period and its own objections are read one way everywhere (决定 D-5, D-6).
 */
final class ResultPublicityFacts {

    private final WorkingDays calendar;
    private final PublicityFacts facts;

    ResultPublicityFacts(WorkingDays calendar) {
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.facts = new PublicityFacts(calendar);
    }

    Optional<Publicity> of(Handle h, String applicationId) {
        return facts.standing(h, applicationId, Publicity.Kind.RESULT).publicity();
    }

    /**
     * The guards of certification: the period has ended at {@code at} (24:00 of its last working day, 决定 D-5) and
     * no objection is open (决定 D-6). An application with no result publicity stored has not had one end.
     */
    Facts.Builder certification(Handle h, StoredApplication application, Facts.Builder builder, Instant at) {
        return facts.fill(h, application.id(), Publicity.Kind.RESULT, LocalDate.ofInstant(at, Publicity.ZONE),
                builder);
    }

    /**
     * The result publicity a re-examination period counts from (决定 D-10): the application's own when one was
     * posted; otherwise, for a result that is not publicised by name (a failed review), the round's result
     * publicity — of those posted in the round, the one that ends last, so the period never ends before the
     * round's results are all public.
     */
    Optional<Publicity> forAppeal(Handle h, StoredApplication application) {
        Optional<Publicity> own = of(h, application.id());
        if (own.isPresent()) {
            return own;
        }
        return h.createQuery("SELECT p.posted_on, p.working_days FROM publicity p JOIN application a"
                        + " ON a.id = p.application_id WHERE a.round_id = :round AND p.kind = :kind"
                        + " ORDER BY p.last_day DESC, p.posted_on DESC")
                .bind("round", application.roundId())
                .bind("kind", Publicity.Kind.RESULT.name())
                .map((rs, ctx) -> Publicity.posted(calendar, Publicity.Kind.RESULT,
                        rs.getObject("posted_on", LocalDate.class), rs.getInt("working_days")))
                .findFirst();
    }

    /** Whether the application's result may be filed on {@code day} (六(六) 公示期满无异议的). */
    boolean fileable(Handle h, String applicationId, LocalDate day) {
        PublicityFacts.Standing standing = facts.standing(h, applicationId, Publicity.Kind.RESULT);
        return standing.publicity().map(p -> cn.zhicheng.core.review.filing.Filing.fileable(p,
                standing.objections(), day)).orElse(false);
    }
}
