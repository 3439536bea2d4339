package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Publicities;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.calendar.Objection;
import cn.zhicheng.core.calendar.Objections;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * 决定 D-6: anyone may object to an application during its recommendation publicity (六(二)) or result publicity
 * (六(五)), until 24:00 Asia/Shanghai on the period's last day; the objector may stay anonymous. Core's
 * {@link Objections#lodge} decides whether the objection falls in the period, and the stage machine refuses one that
 * does not under 决定 D-6. A lodged objection holds the application until the responsible office resolves it. The
 * audit entry names the objection's digest, not its text: who objected is not for the public trace.
 */
public final class LodgeObjection {

    /** The kind of document the audit entry names. */
    public static final String DOCUMENT = "review.objection";

    /** What lodging came to: the act's result and, when it landed, the receipt naming the objection's id. */
    public record Lodged(ActResult result, Optional<String> objectionId, Optional<Message> receipt) {
    }

    private final Clock clock;
    private final PublicityFacts publicity;
    private final ApplicationActs acts;
    private final Publicities publicities = new Publicities();

    @Inject
    public LodgeObjection(Database database, Clock clock, WorkingDays calendar) {
        this.clock = requireNonNull(clock, "clock is null");
        this.publicity = new PublicityFacts(calendar);
        this.acts = new ApplicationActs(requireNonNull(database, "database is null").jdbi(), new AuditLog());
    }

    /** Lodges an objection with its {@code grounds}; {@code lodgedBy} may be blank for an anonymous objection. */
    public Lodged lodge(String applicationId, Actor actor, String grounds, String lodgedBy) {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(actor, "actor is null");
        String reasons = Particular.GROUNDS.check(grounds, true);
        String by = Particular.LODGED_BY.check(lodgedBy, false);
        Instant at = clock.instant();
        Attempt attempt = new Attempt(at, reasons, by);
        ActResult result = acts.take(applicationId, actor, Act.LODGE_OBJECTION, at, attempt);
        return result instanceof ActResult.Done
                ? new Lodged(result, Optional.of(attempt.objection.id()), Optional.of(attempt.receipt))
                : new Lodged(result, Optional.empty(), Optional.empty());
    }

    /** One try of the act: the objection it would lodge, decided against the period as stored in this try. */
    private final class Attempt implements ApplicationActs.Particulars {
        private final Instant at;
        private final String grounds;
        private final String by;
        private Objection objection;
        private Publicity.Kind kind;
        private Message receipt;

        Attempt(Instant at, String grounds, String by) {
            this.at = at;
            this.grounds = grounds;
            this.by = by;
        }

        @Override
        public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
            Optional<Publicity.Kind> during = PublicityFacts.during(application.stage());
            if (during.isEmpty()) {
                return facts; // not in a publicity: the stage machine refuses the act as off-stage
            }
            kind = during.get();
            PublicityFacts.Standing standing = publicity.standing(h, application.id(), kind);
            Publicity period = standing.publicity().orElseThrow(() -> new IllegalStateException(
                    "application " + application.id() + " stands in a publicity that is not stored"));
            objection = new Objection(nextId(h), at, by, grounds);
            Objections.Act lodged = standing.objections().lodge(period, objection);
            if (lodged instanceof Objections.Accepted accepted) {
                receipt = accepted.message();
            }
            // late (after 24:00 of the last day) or before the posting: the period is not running for this objection
            return facts.publicityEnded(lodged instanceof Objections.Refused)
                    .objectionOpen(standing.objections().blocksProgress());
        }

        @Override
        public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved, Instant when) {
            publicities.lodge(h, application.id(), kind, objection);
            return Optional.of(new Document.Digest(DOCUMENT, CanonicalJson.sha256(json(application.id(), kind,
                    objection))));
        }
    }

    /**
     * The next objection id of the store: OBJ- and the count of objections so far plus one, so ids are short,
     * readable and the same on every run. Two lodged at once take the same id; the primary key lets one land and the
     * other is retried with the next id.
     */
    private static String nextId(Handle h) {
        int count = h.createQuery("SELECT COUNT(*) FROM objection").mapTo(Integer.class).one();
        return String.format(java.util.Locale.ROOT, "OBJ-%06d", count + 1);
    }

    static ObjectNode json(String applicationId, Publicity.Kind kind, Objection o) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", o.id());
        node.put("application", applicationId);
        node.put("publicity", kind.name());
        node.put("lodgedAt", o.lodgedAt().toString());
        node.put("lodgedBy", o.lodgedBy());
        node.put("grounds", o.grounds());
        return node;
    }
}
