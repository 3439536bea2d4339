package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.committee.JdkGenerators;
import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Experts;
import cn.zhicheng.app.store.Sessions;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.app.store.StoredSession;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.committee.CommitteeSize;
import cn.zhicheng.core.review.committee.Draw;
import cn.zhicheng.core.review.committee.DrawRecord;
import cn.zhicheng.core.review.committee.DrawResult;
import cn.zhicheng.core.review.committee.DrawSeed;
import cn.zhicheng.core.review.committee.Generators;
import cn.zhicheng.core.review.committee.Refused;
import cn.zhicheng.core.review.committee.ReviewGroups;
import cn.zhicheng.core.review.committee.Session;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A review session from its opening to the start of the expert review (七(三); 决定 D-7, D-8, D-9): the committee
 * secretary opens a session of one field and level over qualified applications; the committee is drawn at random
 * from the pool with recusal, every exclusion stored with its reason, and review groups dealt from it; the stored
 * record replays to the same committee; then every application of the session enters the expert review (六(四)).
 */
public final class ReviewSessions {

    /** The most applications one session reviews. */
    public static final int LARGEST_SESSION = 2_000;
    /** The largest committee a session may choose (决定 D-7 sets the smallest). */
    public static final int LARGEST_COMMITTEE = 301;
    /** The most members a review group is dealt at least. */
    public static final int LARGEST_GROUP = 25;

    static final Clause DRAW = Clause.notice("七(三)");
    static final Clause GROUPS = Clause.decision(8);

    private final org.jdbi.v3.core.Jdbi jdbi;
    private final Clock clock;
    private final Generators generators;
    private final Supplier<DrawSeed> seeds;
    private final SessionActs acts;
    private final ApplicationActs applicationActs;
    private final SessionBatch batch;
    private final Sessions sessions = new Sessions();
    private final Applications applications = new Applications();
    private final Experts experts = new Experts();

    @Inject
    public ReviewSessions(Database database, Clock clock, Generators generators) {
        this(database, clock, generators, JdkGenerators::freshSeed);
    }

    /** With the seeds of new draws given, for a draw that must be known in advance (tests, a public re-run). */
    public ReviewSessions(Database database, Clock clock, Generators generators, Supplier<DrawSeed> seeds) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        this.generators = requireNonNull(generators, "generators is null");
        this.seeds = requireNonNull(seeds, "seeds is null");
        AuditLog audit = new AuditLog();
        this.acts = new SessionActs(requireNonNull(database, "database is null").jdbi(), audit);
        this.applicationActs = new ApplicationActs(database.jdbi(), audit);
        this.batch = new SessionBatch(database.jdbi(), audit);
    }

    /** What a session is opened with; {@code committeeSize} empty means the minimum for the level (决定 D-7). */
    public record Opening(String sessionId, String field, Level level, Optional<Integer> committeeSize, int groupSize,
                          List<String> applications) {
        public Opening {
            requireNonNull(sessionId, "sessionId is null");
            requireNonNull(field, "field is null");
            requireNonNull(level, "level is null");
            requireNonNull(committeeSize, "committeeSize is null");
            applications = List.copyOf(new TreeSet<>(applications));
        }
    }

    /**
     * Opens a session (七(三)): every application must be stored, qualified (六(三)), of the session's field and
     * level, and in no other session; the committee size is derived from the level or a larger odd size (决定 D-7).
     */
    public StoredSession open(Opening o, Actor actor) {
        Instant at = clock.instant();
        return acts.take(o.sessionId(), actor, "committee.session.open", at, h -> {
            SessionActs.requireRole(actor, DRAW, Role.EXPERT_COMMITTEE_SECRETARY);
            acts.requireRunningBody(h, o.applications(), actor);
            if (sessions.find(h, o.sessionId()).isPresent()) {
                throw refused("committee.session.exists", DRAW, o.sessionId());
            }
            if (o.applications().isEmpty() || o.applications().size() > LARGEST_SESSION) {
                throw refused("committee.session.applicationCount", DRAW, o.applications().size(), LARGEST_SESSION);
            }
            CommitteeSize size = o.committeeSize().map(n -> new CommitteeSize(o.level(), n))
                    .orElseGet(() -> CommitteeSize.minimumFor(o.level()));
            if (size.members() > LARGEST_COMMITTEE) {
                throw refused("committee.session.committeeTooLarge", DRAW, size.members(), LARGEST_COMMITTEE);
            }
            int largestGroup = Math.min(LARGEST_GROUP, size.members());
            if (o.groupSize() < ReviewGroups.MINIMUM_GROUP_SIZE || o.groupSize() > largestGroup) {
                throw refused("committee.session.groupSize", GROUPS, o.groupSize(), ReviewGroups.MINIMUM_GROUP_SIZE,
                        largestGroup);
            }
            Map<String, StoredApplication> stored = applications.findAll(h, o.applications());
            Map<String, String> inSessions = sessions.sessionsOf(h, o.applications());
            for (String id : o.applications()) {
                StoredApplication a = Optional.ofNullable(stored.get(id))
                        .orElseThrow(() -> NotFound.application(id));
                if (a.stage() != Stage.QUALIFIED) {
                    throw refused("committee.session.notQualified", Clause.notice("六(三)"), id, a.stage());
                }
                if (!a.field().equals(o.field()) || a.level() != o.level()) {
                    throw refused("committee.session.otherFieldOrLevel", DRAW, id, a.field(), a.level(), o.field(),
                            o.level());
                }
                Optional<String> other = Optional.ofNullable(inSessions.get(id));
                if (other.isPresent()) {
                    throw refused("committee.session.inAnother", DRAW, id, other.get());
                }
            }
            StoredSession s = new StoredSession(o.sessionId(), o.field(), o.level(), size.members(), o.groupSize(),
                    StoredSession.Phase.OPENED, Optional.empty(), at);
            sessions.insert(h, s, o.applications());
            acts.done(h, s.id(), actor, "committee.session.open", DRAW, at, Optional.empty(),
                    Optional.of(s.phase().name()), Optional.empty());
            return s;
        });
    }

    /** A committee drawn and stored: the draw and its groups, and the SHA-256 of its record. */
    public record Drawn(DrawResult draw, ReviewGroups groups, String recordSha256) {
    }

    /**
     * Draws the session's committee from the whole pool, read in one query (七(三); 决定 D-7, D-9), and deals the
     * review groups (决定 D-8), each with a fresh seed; stores the record, every exclusion and the groups, and audits
     * the draw with the record embedded, so the audit export alone lets anyone draw again and compare.
     */
    public Drawn draw(String sessionId, Actor actor) {
        Instant at = clock.instant();
        DrawSeed seed = seeds.get();
        DrawSeed groupSeed = seeds.get();
        return acts.take(sessionId, actor, "committee.draw", at, h -> {
            SessionActs.requireRole(actor, DRAW, Role.EXPERT_COMMITTEE_SECRETARY);
            StoredSession s = acts.locked(h, sessionId);
            acts.requireRunningBodyOfSession(h, sessionId, actor);
            SessionActs.requirePhase(s, StoredSession.Phase.OPENED, DRAW);
            Session session = new Session(s.id(), s.field(), s.level(), sessions.applicants(h, s.id()));
            DrawResult draw = Draw.draw(session, experts.all(h), new CommitteeSize(s.level(), s.committeeSize()),
                    seed, generators);
            ReviewGroups groups = ReviewGroups.draw(draw, s.groupSize(), groupSeed, generators);
            sessions.saveDraw(h, draw, groups, at);
            if (!sessions.advance(h, s.id(), StoredSession.Phase.OPENED, StoredSession.Phase.DRAWN)) {
                throw new ApplicationActs.LostRace();
            }
            byte[] record = DrawRecord.bytes(draw);
            acts.done(h, s.id(), actor, "committee.draw", DRAW, at, Optional.of(s.phase().name()),
                    Optional.of(StoredSession.Phase.DRAWN.name()), Optional.of(new Document.Embedded(
                            "committee.draw-record", new String(record, StandardCharsets.UTF_8))));
            return new Drawn(draw, groups, CanonicalJson.sha256(record));
        });
    }

    /** What re-running a stored draw came to: the committee stored, the committee drawn again, and whether all agree. */
    public record Replay(List<String> stored, List<String> again, boolean recordReproduces, boolean groupsReproduce,
                         String recordSha256) {
        public boolean same() {
            return recordReproduces && groupsReproduce && stored.equals(again);
        }
    }

    /** Draws again from the stored seed and candidate list and compares, byte for byte (七(三)). */
    public Replay replay(String sessionId) {
        return jdbi.inTransaction(h -> {
            acts.session(h, sessionId);
            Sessions.StoredDraw stored = sessions.draw(h, sessionId)
                    .orElseThrow(() -> refused("committee.session.notDrawn", DRAW, sessionId));
            DrawResult recorded = stored.result();
            DrawResult again = Draw.replay(recorded, generators);
            ReviewGroups groups = ReviewGroups.draw(again, stored.groups().groupSize(),
                    stored.groups().seed(), generators);
            return new Replay(recorded.committee(), again.committee(),
                    Draw.reproduces(recorded, generators)
                            && CanonicalJson.sha256(DrawRecord.bytes(recorded)).equals(stored.recordSha256()),
                    Sessions.groupsJson(groups).equals(Sessions.groupsJson(stored.groups())),
                    stored.recordSha256());
        });
    }

    /**
     * 六(四): every application of the session enters the expert review, together or not at all, each over the one
     * shape of an act on an application; the guard COMMITTEE_FORMED holds once the session's committee is drawn
     * (七(三)). A refusal of any of them moves none and is audited on that application.
     */
    public List<ActResult> begin(String sessionId, Actor actor) {
        Instant at = clock.instant();
        // whether the committee is drawn, read once in each attempt of the batch's transaction
        boolean[] drawn = new boolean[1];
        ApplicationActs.Particulars formed = new ApplicationActs.Particulars() {
            @Override
            public cn.zhicheng.core.review.stage.Facts.Builder facts(org.jdbi.v3.core.Handle h,
                    StoredApplication application, cn.zhicheng.core.review.stage.Facts.Builder facts) {
                return facts.committeeFormed(drawn[0]);
            }
        };
        return batch.run(actor, at, h -> {
            acts.session(h, sessionId);
            drawn[0] = sessions.draw(h, sessionId).isPresent();
            return sessions.applications(h, sessionId);
        }, (h, id) -> Act.BEGIN_EXPERT_REVIEW,
                (chunk, id, act) -> applicationActs.attempt(chunk, id, actor, act, at, formed),
                (h, done) -> { });
    }

    static Refused refused(String key, Clause clause, Object... args) {
        return new Refused(Message.of(key, args), List.of(clause));
    }

}
