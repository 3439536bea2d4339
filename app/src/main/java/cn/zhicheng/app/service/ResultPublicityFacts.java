package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Publicities;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.calendar.Objections;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.review.stage.Facts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What the stored result publicity (六(五)) and its objections say, for the acts that follow it: certification
 * (六(六): 公示期满无异议的), filing, and re-examination (决定 D-10). Reads through {@link Publicities}; the period is
 * counted again on the calendar it was posted under (决定 D-5).
 */
final class ResultPublicityFacts {

    private final Publicities publicities = new Publicities();
    private final WorkingDays calendar;

    ResultPublicityFacts(WorkingDays calendar) {
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    Optional<Publicity> of(Handle h, String applicationId) {
        return publicities.find(h, applicationId, Publicity.Kind.RESULT, calendar);
    }

    Objections objections(Handle h, String applicationId) {
        return publicities.objections(h, applicationId, Publicity.Kind.RESULT);
    }

    /**
     * The guards of certification: the period has ended at {@code at} (24:00 of its last working day, 决定 D-5) and
     * no objection is open (决定 D-6). An application with no result publicity stored has not had one end.
     */
    Facts.Builder certification(Handle h, StoredApplication application, Facts.Builder facts, Instant at) {
        return facts.publicityEnded(of(h, application.id()).map(p -> p.hasEnded(at)).orElse(false))
                .objectionOpen(objections(h, application.id()).blocksProgress());
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
        return of(h, applicationId).map(p -> cn.zhicheng.core.review.filing.Filing.fileable(p,
                objections(h, applicationId), day)).orElse(false);
    }
}
