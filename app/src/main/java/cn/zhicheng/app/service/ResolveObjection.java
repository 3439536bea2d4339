package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Publicities;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.calendar.Objections;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.Resolution;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Correction;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 决定 D-6: the responsible office resolves an objection lodged during a publicity — the local HR office during the
 * recommendation's (it aggregates only 经公示无异议后, 六(二)), the body running the round during the result's (六(五)).
 * Dismissed, the application proceeds; upheld, it returns for correction (with what to correct, all at once, 六(三))
 * or ends. Core decides on the objection as stored now: one already resolved is no longer open, so of two
 * resolutions of one objection, also at once, exactly one lands. The resolution, with its reasons and corrections,
 * is embedded in the audit entry.
 */
public final class ResolveObjection {

    /** The kind of document the audit entry names. */
    public static final String DOCUMENT = "review.objection.resolution";
    /** At most this many corrections in one return. */
    public static final int MAXIMUM_CORRECTIONS = 50;

    private static final Set<Act> RESOLUTIONS = Set.of(Act.DISMISS_OBJECTION, Act.UPHOLD_OBJECTION_AND_RETURN,
            Act.UPHOLD_OBJECTION_AND_REFUSE);

    /** What resolving came to, and core's account of the resolution when it landed. */
    public record Resolved(ActResult result, Optional<Message> message) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final PublicityFacts publicity;
    private final ApplicationActs acts;
    private final Publicities publicities = new Publicities();

    @Inject
    public ResolveObjection(Database database, Clock clock, WorkingDays calendar) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        this.publicity = new PublicityFacts(calendar);
        this.acts = new ApplicationActs(jdbi, new AuditLog());
    }

    /**
     * Resolves objection {@code objectionId} by {@code act} — dismiss, uphold and return (with {@code corrections}),
     * or uphold and refuse — for {@code reasons}.
     */
    public Resolved resolve(String objectionId, Actor actor, Act act, String reasons, List<String> corrections) {
        requireNonNull(objectionId, "objectionId is null");
        requireNonNull(actor, "actor is null");
        if (!RESOLUTIONS.contains(act)) {
            throw new IllegalArgumentException(act + " does not resolve an objection");
        }
        String why = Particular.REASONS.check(reasons, true);
        if (corrections.size() > MAXIMUM_CORRECTIONS) {
            throw new ParticularsRefused(Refusal.of("review.objection.corrections", corrections.size(),
                    MAXIMUM_CORRECTIONS));
        }
        List<Correction> listed = corrections.stream()
                .map(c -> Correction.general(Particular.CORRECTION.check(c, true))).toList();
        Publicities.Lodged lodged = jdbi.withHandle(h -> publicities.objection(h, objectionId))
                .orElseThrow(() -> new ParticularsRefused(Refusal.of("review.objection.unknown", objectionId)));
        Instant at = clock.instant();
        Resolution resolution = new Resolution(objectionId, act == Act.DISMISS_OBJECTION
                ? Resolution.Ruling.DISMISSED : Resolution.Ruling.UPHELD, at, actor.id(), why);
        Message[] message = new Message[1];
        ActResult result = acts.take(lodged.applicationId(), actor, act, at, new ApplicationActs.Particulars() {
            private Objections objections = Objections.none();

            @Override
            public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
                facts.corrections(listed);
                Optional<Publicity.Kind> during = PublicityFacts.during(application.stage());
                if (during.isEmpty()) {
                    return facts; // not in a publicity: the stage machine refuses the act as off-stage
                }
                PublicityFacts.Standing standing = publicity.standing(h, application.id(), during.get());
                objections = standing.objections();
                // the objection named must be open in the publicity the application stands in now
                return facts.publicityEnded(standing.endedOn(ApplicationActs.day(at)))
                        .objectionOpen(during.get() == lodged.kind() && standing.isOpen(objectionId));
            }

            @Override
            public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved,
                                            Instant when) {
                if (!(objections.resolve(resolution) instanceof Objections.Accepted accepted)
                        || !publicities.resolve(h, resolution)) {
                    throw new ApplicationActs.LostRace(); // resolved by a concurrent act since it was read
                }
                message[0] = accepted.message();
                return Optional.of(Document.Embedded.of(DOCUMENT, json(resolution, lodged, listed, act)));
            }
        });
        return new Resolved(result, Optional.ofNullable(result instanceof ActResult.Done ? message[0] : null));
    }

    static ObjectNode json(Resolution r, Publicities.Lodged lodged, List<Correction> corrections, Act act) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("objection", r.objectionId());
        node.put("publicity", lodged.kind().name());
        node.put("act", act.name());
        node.put("ruling", r.ruling().name());
        node.put("resolvedAt", r.resolvedAt().toString());
        node.put("resolvedBy", r.resolvedBy());
        node.put("reasons", r.reasons());
        if (act == Act.UPHOLD_OBJECTION_AND_RETURN) {
            ArrayNode list = node.putArray("corrections");
            corrections.forEach(c -> list.add(c.what()));
        }
        return node;
    }
}
