package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Appeals;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.calendar.AppealWindow;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;

/**
 * 决定 D-10 复查: an applicant whose review failed asks for re-examination within the period after the result publicity
 * ends ({@link AppealWindow}: 30 days unless configured, counted per 决定 D-22, moved off a rest day per 民法典
 * 第二百零三条; asking before the publicity ends is accepted), once per round. Core decides (REQUEST_APPEAL from
 * FAILED_REVIEW: WITHIN_APPEAL_PERIOD, FIRST_APPEAL); the request and its grounds are stored with the new stage and
 * the audit entry naming the request's SHA-256.
 */
public final class RequestAppeal {

    public static final String REQUEST = "appeal.request";
    /** Grounds are stated, and bounded. */
    public static final int LONGEST_TEXT = 2000;

    private final Clock clock;
    private final WorkingDays calendar;
    private final int days;
    private final ApplicationActs acts;
    private final ResultPublicityFacts publicity;
    private final Appeals appeals = new Appeals();

    @Inject
    public RequestAppeal(Database database, Clock clock, WorkingDays calendar) {
        this(database, clock, calendar, AppealWindow.DEFAULT_DAYS);
    }

    /** With a period of {@code days} days (决定 D-10: configurable). */
    public RequestAppeal(Database database, Clock clock, WorkingDays calendar, int days) {
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("an appeal period has 1 to 365 days, not " + days);
        }
        this.days = days;
        this.acts = new ApplicationActs(requireNonNull(database, "database is null").jdbi(), new AuditLog());
        this.publicity = new ResultPublicityFacts(calendar);
    }

    public ActResult request(String applicationId, String grounds, Actor actor) {
        String stated = Texts.stated("grounds", grounds, LONGEST_TEXT);
        Instant at = clock.instant();
        AtomicReference<LocalDate> lastDay = new AtomicReference<>();
        return acts.take(applicationId, actor, Act.REQUEST_APPEAL, at, new ApplicationActs.Particulars() {
            @Override
            public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
                lastDay.set(null);
                publicity.forAppeal(h, application).ifPresent(p -> {
                    lastDay.set(AppealWindow.after(calendar, p, days).lastDay());
                    facts.appealDeadline(lastDay.get());
                });
                return facts.appealedBefore(appeals.requested(h, application.id()));
            }

            @Override
            public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved,
                                            Instant when) {
                appeals.request(h, application.id(), application.roundId(), actor.id(), stated, lastDay.get(), when);
                ObjectNode doc = JsonNodeFactory.instance.objectNode();
                doc.put("kind", REQUEST);
                doc.put("application", application.id());
                doc.put("requestedBy", actor.id());
                doc.put("requestedAt", when.toString());
                doc.put("lastDay", lastDay.get().toString());
                doc.put("grounds", stated);
                return Optional.of(new Document.Digest(REQUEST, CanonicalJson.sha256(doc)));
            }
        });
    }
}
