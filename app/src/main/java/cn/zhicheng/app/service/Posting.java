package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.service.ApplicationActs.Step;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Publicities;
import cn.zhicheng.app.store.ReplacedPublicities;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.calendar.DateBeyondCalendar;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Stage;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Posting a publicity period as an act (六(二), 六(五)): core moves the application into the publicity, and the period
 * — counted on China's holiday and 调休 data from the act's day (决定 D-5) — is stored beside the move. A period that
 * runs past the data is never guessed: the act is refused under 决定 D-5, naming the last day the data covers, and
 * only the refusal is recorded. A user may ask for a longer period, never a shorter one, up to a bound.
 */
final class Posting {

    /** The longest period a user may ask for, in working days (the store's bound too). */
    static final int MAXIMUM_WORKING_DAYS = 60;
    /** The kind of document the audit entry of a posting names. */
    static final String DOCUMENT = "review.publicity";

    private final Jdbi jdbi;
    private final Clock clock;
    private final WorkingDays calendar;
    private final ApplicationActs acts;
    private final Publicities publicities = new Publicities();
    private final ReplacedPublicities replaced = new ReplacedPublicities();

    Posting(Jdbi jdbi, Clock clock, WorkingDays calendar) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.acts = new ApplicationActs(jdbi, new AuditLog());
    }

    PublicityPosted post(String applicationId, Actor actor, Act act, Publicity.Kind kind, int workingDays) {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(actor, "actor is null");
        checkDays(kind, workingDays);
        Instant at = clock.instant();
        Publicity[] posted = new Publicity[1];
        ApplicationActs.Particulars particulars = new ApplicationActs.Particulars() {
            @Override
            public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved,
                                            Instant when) {
                Publicity publicity;
                try {
                    publicity = Publicity.posted(calendar, kind, when, workingDays);
                } catch (DateBeyondCalendar e) {
                    throw new BeyondCalendar(moved.from(), e);
                }
                // a returned, resubmitted and recommended application is publicised again: the earlier period is
                // kept aside, never overwritten
                replaced.setAside(h, application.id(), kind, when);
                publicities.post(h, application.id(), publicity);
                posted[0] = publicity;
                return Optional.of(Document.Embedded.of(DOCUMENT, json(publicity)));
            }
        };
        ActResult result = acts.run(() -> {
            try {
                return jdbi.inTransaction(h -> acts.attempt(h, applicationId, actor, act, at, particulars));
            } catch (BeyondCalendar e) {
                return new Step.Declined(new Outcome.Refused(Outcome.Refusal.GUARD_FAILED, e.beyond.message(),
                        Clause.decision(5), Optional.empty()), e.from);
            }
        }, d -> ApplicationActs.audited(applicationId, actor, act, d.refusal().clause(), at, d.at(), Optional.empty(),
                Optional.empty(), cn.zhicheng.core.audit.Outcome.refused(d.refusal().reason().key())));
        return new PublicityPosted(result, result instanceof ActResult.Done ? Optional.of(posted[0]) : Optional.empty());
    }

    /**
     * Posts the period on many applications, as {@link #post} does on each, in transactions of many applications:
     * every application its own decision by core and its own entry, a refusal recorded for it alone. The period
     * is the same for all (counted from the acts' day); when the calendar data does not cover it, each act is taken
     * alone and so refused under 决定 D-5 with its own entry.
     */
    List<PublicityPosted> postAll(List<ActOn> batch, Act act, Publicity.Kind kind, int workingDays) {
        checkDays(kind, workingDays);
        Instant at = clock.instant();
        Publicity publicity;
        try {
            publicity = Publicity.posted(calendar, kind, at, workingDays);
        } catch (DateBeyondCalendar e) {
            return batch.stream().map(a -> post(a.applicationId(), a.actor(), act, kind, workingDays)).toList();
        }
        Document document = Document.Embedded.of(DOCUMENT, json(publicity));
        // each chunk sets the earlier periods of its posted applications aside and posts the new period on all of
        // them together, when the chunk is written
        Function<ApplicationActs.Chunk, ApplicationActs.Particulars> perChunk = chunk -> {
            List<String> posted = new ArrayList<>();
            chunk.writing(() -> {
                replaced.setAsideAll(chunk.handle(), posted, kind, at);
                publicities.postAll(chunk.handle(), posted, publicity);
                posted.clear();
            });
            return new ApplicationActs.Particulars() {
                @Override
                public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved,
                                                Instant when) {
                    posted.add(application.id());
                    return Optional.of(document);
                }
            };
        };
        return acts.takeAllByChunk(batch, act, at, perChunk).stream()
                .map(r -> new PublicityPosted(r, r instanceof ActResult.Done ? Optional.of(publicity)
                        : Optional.empty()))
                .toList();
    }

    private static void checkDays(Publicity.Kind kind, int workingDays) {
        if (workingDays < Publicity.MINIMUM_WORKING_DAYS || workingDays > MAXIMUM_WORKING_DAYS) {
            throw new ParticularsRefused(Refusal.of("review.publicity.workingDays", workingDays,
                    Publicity.MINIMUM_WORKING_DAYS, MAXIMUM_WORKING_DAYS, kind.clause().toString()));
        }
    }

    /** The period as the audit entry carries it. */
    static ObjectNode json(Publicity p) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", p.kind().name());
        node.put("postedOn", p.postedOn().toString());
        node.put("workingDays", p.workingDays());
        node.put("firstDay", p.firstDay().toString());
        node.put("lastDay", p.lastDay().toString());
        return node;
    }

    /** The period cannot be counted on the data loaded: rolls the attempt back, to be recorded as a refusal. */
    private static final class BeyondCalendar extends RuntimeException {
        private final Stage from;
        private final DateBeyondCalendar beyond;

        BeyondCalendar(Stage from, DateBeyondCalendar beyond) {
            super(beyond.getMessage(), null, false, false);
            this.from = from;
            this.beyond = beyond;
        }
    }
}
