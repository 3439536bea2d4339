package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Delegations;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.app.store.StoreRefused;
import cn.zhicheng.core.audit.Act;
import cn.zhicheng.core.audit.Actor;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.audit.Outcome;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Stage;
import cn.zhicheng.core.review.stage.StageMachine;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What every act on an application shares: the audit record of the act, the refusal recorded in a transaction of
 * its own, and the retry when a concurrent act got there first. A retry starts from reading the application again,
 * so core decides on what is stored now: of parallel acts on one application one lands, and the others are refused
 * by core (as repeated, or off-stage) with the clause — never applied on a stale read.
 */
final class ApplicationActs {

    /** 决定 D-14: the day of an act is its day in China; the instant itself is stored in UTC. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Enough for every one of a burst of parallel acts to land or be refused; each try re-reads everything. */
    private static final int ATTEMPTS = 64;

    /**
     * SQL states of a lost race: a unique key taken by a concurrent insert (the entry number, the application id),
     * a serialization failure or deadlock, H2's concurrent update, a lock wait that timed out.
     */
    private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00");
    private static final int H2_CONCURRENT_UPDATE = 90131;

    private final Jdbi jdbi;
    private final AuditLog audit;

    private final Applications applications = new Applications();
    private final Rounds rounds = new Rounds();
    private final Delegations delegations = new Delegations();
    private final Map<String, Round> openedRounds = new ConcurrentHashMap<>();

    ApplicationActs(Jdbi jdbi, AuditLog audit) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    /**
     * What one kind of act on a stored application adds to what every act does: the facts its guards need, read in
     * the act's transaction, and what it stores beside the move (a recommendation, verdicts, a certificate...).
     */
    interface Particulars {

        /** Adds the facts this act's guards need to those every act has (day, round, delegation, field, level). */
        default Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
            return facts;
        }

        /**
         * Stores what the act records beside the new stage, in the same transaction, and returns the document the
         * audit entry names, if any. Called only when core moved the application.
         */
        default Optional<Document> store(Handle h, StoredApplication application,
                                         cn.zhicheng.core.review.stage.Outcome.Moved moved, Instant at) {
            return Optional.empty();
        }

        /** The document the entry of a refused act names, if any. */
        default Optional<Document> refused() {
            return Optional.empty();
        }
    }

    /** Every act's particulars when it only moves the application. */
    static final Particulars ONLY_MOVE = new Particulars() {
    };

    /**
     * Takes an act on a stored application in a transaction of its own: core decides on what is stored now, the new
     * stage and what the act stores commit with the audit entry, or — refused — only the entry of the refusal does.
     */
    ActResult take(String applicationId, cn.zhicheng.core.review.stage.Actor actor,
                   cn.zhicheng.core.review.stage.Act act, Instant at, Particulars particulars) {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(actor, "actor is null");
        return run(() -> jdbi.inTransaction(h -> attempt(h, applicationId, actor, act, at, particulars)),
                d -> audited(applicationId, actor, act, d.refusal().clause(), at, d.at(), Optional.empty(),
                        particulars.refused(), Outcome.refused(d.refusal().reason().key())));
    }

    /**
     * One attempt of an act inside the caller's transaction, for a batch that moves many applications together:
     * throws {@link LostRace} when the application changed since it was read, so the caller's transaction rolls
     * back and the batch is decided again.
     */
    Step attempt(Handle h, String applicationId, cn.zhicheng.core.review.stage.Actor actor,
                 cn.zhicheng.core.review.stage.Act act, Instant at, Particulars particulars) {
        return attempt(h, audit.appender(h), applicationId, actor, act, at, particulars);
    }

    /** {@link #attempt(Handle, String, cn.zhicheng.core.review.stage.Actor, cn.zhicheng.core.review.stage.Act,
     * Instant, Particulars)} with the entry appended by the transaction's appender. */
    Step attempt(Handle h, AuditLog.Appender appender, String applicationId,
                 cn.zhicheng.core.review.stage.Actor actor, cn.zhicheng.core.review.stage.Act act, Instant at,
                 Particulars particulars) {
        StoredApplication stored = applications.find(h, applicationId)
                .orElseThrow(() -> NotFound.application(applicationId));
        return attempt(h, appender, null, stored, actor, act, at, particulars);
    }

    /**
     * {@link #attempt(Handle, AuditLog.Appender, String, cn.zhicheng.core.review.stage.Actor,
     * cn.zhicheng.core.review.stage.Act, Instant, Particulars)} inside a chunk: the application as the chunk read
     * it, its move written with the chunk's other moves when the chunk is flushed.
     */
    Step attempt(Chunk chunk, String applicationId, cn.zhicheng.core.review.stage.Actor actor,
                 cn.zhicheng.core.review.stage.Act act, Instant at, Particulars particulars) {
        return attempt(chunk.handle(), chunk.appender(), chunk, chunk.application(applicationId), actor, act, at,
                particulars);
    }

    private Step attempt(Handle h, AuditLog.Appender appender, Chunk chunk, StoredApplication stored,
                         cn.zhicheng.core.review.stage.Actor actor, cn.zhicheng.core.review.stage.Act act,
                         Instant at, Particulars particulars) {
        String applicationId = stored.id();
        Facts facts = particulars.facts(h, stored, baseFacts(h, stored, at)).build();
        cn.zhicheng.core.review.stage.Outcome outcome = StageMachine.apply(stored.stage(), act, actor, facts);
        if (outcome instanceof cn.zhicheng.core.review.stage.Outcome.Refused refused) {
            return new Step.Declined(refused, stored.stage());
        }
        cn.zhicheng.core.review.stage.Outcome.Moved moved = (cn.zhicheng.core.review.stage.Outcome.Moved) outcome;
        if (chunk != null) {
            chunk.move(applicationId, stored.version(), moved.to(), at);
        } else if (!applications.moveStage(h, applicationId, stored.version(), moved.to(), at)) {
            throw new LostRace();
        }
        StoredApplication now = new StoredApplication(stored.id(), stored.roundId(), stored.field(), stored.level(),
                stored.dossierSha256(), moved.to(), stored.version() + 1, stored.createdAt(), at, stored.applicant());
        Optional<Document> document = particulars.store(h, now, moved, at);
        AuditEntry entry = appender.append(audited(applicationId, actor, act, moved.clause(), at, stored.stage(),
                Optional.of(moved.to()), document, Outcome.done()));
        return new Step.Landed(new ActResult.Done(now, moved, entry));
    }

    /** How many applications one transaction of {@link #takeEach} takes at most. */
    static final int CHUNK = 500;

    /**
     * One transaction of a batch of acts on many applications: the applications read together in one query when
     * the chunk begins, the audit entries linked in memory, and the moves of stage — each still from the version it
     * was read at — written together with the entries by {@link #flush}, which the chunk must call before it
     * commits. A move that finds its application changed since the read throws {@link LostRace} there, so the
     * chunk rolls back and is decided again, as a single act's move would.
     */
    final class Chunk {
        private final Handle h;
        private final AuditLog.Appender appender;
        private final List<String> ids;
        private final Map<String, StoredApplication> read;
        private final Applications.Moves moves;
        private Map<String, String> dossiers;
        private final List<Runnable> writers = new ArrayList<>();

        private Chunk(Handle h, Collection<String> applicationIds) {
            this.h = h;
            this.appender = audit.batchingAppender(h);
            this.ids = List.copyOf(applicationIds);
            this.read = applications.findAll(h, ids);
            this.moves = new Applications.Moves(h);
        }

        Handle handle() {
            return h;
        }

        AuditLog.Appender appender() {
            return appender;
        }

        /** The application as the chunk read it, or {@link NotFound}. */
        StoredApplication application(String id) {
            StoredApplication a = read.get(id);
            if (a == null) {
                throw NotFound.application(id);
            }
            return a;
        }

        /** The application as the chunk read it, if stored. */
        Optional<StoredApplication> find(String id) {
            return Optional.ofNullable(read.get(id));
        }

        /** The application's dossier as stored; the first call reads those of all the chunk's applications. */
        Optional<String> dossier(String id) {
            if (dossiers == null) {
                dossiers = applications.dossiers(h, read.keySet());
            }
            return Optional.ofNullable(dossiers.get(id));
        }

        void move(String id, long readVersion, Stage to, Instant at) {
            moves.add(id, readVersion, to, at);
        }

        /** The applications the chunk acts on, in order. */
        List<String> applicationIds() {
            return ids;
        }

        /** Adds what the acts store beside their moves and writes at once, written by {@link #flush}. */
        void writing(Runnable writer) {
            writers.add(writer);
        }

        /** Writes the moves, what the acts store beside them and the entries held so far, in the transaction. */
        void flush() {
            if (!moves.apply()) {
                throw new LostRace();
            }
            writers.forEach(Runnable::run);
            appender.flush();
        }
    }

    /** A chunk of acts on these applications in the transaction of {@code h}, the applications read at once. */
    Chunk chunk(Handle h, Collection<String> applicationIds) {
        return new Chunk(h, applicationIds);
    }

    /** One act on each application of a batch, inside the chunk's transaction. */
    interface Each {

        /** The act's attempt on one application, its entry appended by the chunk's appender. */
        Step attempt(Chunk chunk, String applicationId);

        /** The entry recording that the act on {@code applicationId} was refused. */
        Act refused(String applicationId, Step.Declined declined);
    }

    /**
     * Takes an act on each of many applications, {@value #CHUNK} to a transaction, in the order given. Each
     * application still gets core's own decision on what is stored now and its own audit entry; a refused act records
     * its refusal entry in the chunk's transaction and changes nothing else of that application, while the others of
     * the chunk proceed. A chunk lands whole or not at all: a lost race rolls it back and the chunk is decided again
     * from what is stored then. What is returned of a chunk has committed.
     */
    List<ActResult> takeEach(List<String> applicationIds, Each each) {
        List<ActResult> results = new ArrayList<>(applicationIds.size());
        for (int from = 0; from < applicationIds.size(); from += CHUNK) {
            List<String> chunk = applicationIds.subList(from, Math.min(applicationIds.size(), from + CHUNK));
            results.addAll(retrying(() -> jdbi.inTransaction(h -> {
                Chunk acting = new Chunk(h, chunk);
                List<ActResult> done = new ArrayList<>(chunk.size());
                for (String id : chunk) {
                    Step step = each.attempt(acting, id);
                    if (step instanceof Step.Declined d) {
                        done.add(new ActResult.Refused(d.refusal(), acting.appender().append(each.refused(id, d))));
                    } else {
                        done.add(((Step.Landed) step).done());
                    }
                }
                acting.flush();
                return done;
            })));
        }
        return results;
    }

    /**
     * {@link #takeEach} of one act by one actor, with each application's particulars: what {@link #take} does for
     * one, for many.
     */
    List<ActResult> takeAll(List<ActOn> batch, cn.zhicheng.core.review.stage.Act act, Instant at,
                            Function<String, Particulars> particulars) {
        Map<String, cn.zhicheng.core.review.stage.Actor> actors = new LinkedHashMap<>();
        for (ActOn a : batch) {
            if (actors.put(a.applicationId(), a.actor()) != null) {
                throw new IllegalArgumentException("one application twice in a batch: " + a.applicationId());
            }
        }
        return takeEach(List.copyOf(actors.keySet()), new Each() {
            @Override
            public Step attempt(Chunk chunk, String applicationId) {
                return ApplicationActs.this.attempt(chunk, applicationId, actors.get(applicationId), act, at,
                        particulars.apply(applicationId));
            }

            @Override
            public Act refused(String applicationId, Step.Declined d) {
                return audited(applicationId, actors.get(applicationId), act, d.refusal().clause(), at, d.at(),
                        Optional.empty(), particulars.apply(applicationId).refused(),
                        Outcome.refused(d.refusal().reason().key()));
            }
        });
    }

    /**
     * {@link #takeAll} with the particulars made once per chunk, for acts that store what they record beside their
     * moves together with the chunk's other acts ({@link Chunk#writing}).
     */
    List<ActResult> takeAllByChunk(List<ActOn> batch, cn.zhicheng.core.review.stage.Act act, Instant at,
                                   Function<Chunk, Particulars> perChunk) {
        Map<String, cn.zhicheng.core.review.stage.Actor> actors = new LinkedHashMap<>();
        for (ActOn a : batch) {
            if (actors.put(a.applicationId(), a.actor()) != null) {
                throw new IllegalArgumentException("one application twice in a batch: " + a.applicationId());
            }
        }
        return takeEach(List.copyOf(actors.keySet()), new Each() {
            private Chunk current;
            private Particulars particulars;

            @Override
            public Step attempt(Chunk chunk, String applicationId) {
                if (chunk != current) {
                    current = chunk;
                    particulars = perChunk.apply(chunk);
                }
                return ApplicationActs.this.attempt(chunk, applicationId, actors.get(applicationId), act, at,
                        particulars);
            }

            @Override
            public Act refused(String applicationId, Step.Declined d) {
                return audited(applicationId, actors.get(applicationId), act, d.refusal().clause(), at, d.at(),
                        Optional.empty(), particulars.refused(), Outcome.refused(d.refusal().reason().key()));
            }
        });
    }

    /**
     * The facts every act has: its day in China (决定 D-14), the round, the application's field and level, the
     * applicant who submitted it (五(三)1), and, in an association's round, the delegation as stored now — so an act
     * is checked against the delegation in force on its day, and a revocation stops new acts at once (四, 决定 D-12).
     */
    Facts.Builder baseFacts(Handle h, StoredApplication stored, Instant at) {
        Round round = round(h, stored.roundId());
        Facts.Builder facts = Facts.on(day(at), round, stored.field(), stored.level());
        if (round.body() instanceof RunningBody.DelegatedAssociation a) {
            delegations.find(h, a.delegationId()).ifPresent(d -> facts.delegation(d.delegation()));
        }
        stored.applicant().or(() -> submitter(h, stored.id())).ifPresent(facts::applicant);
        return facts;
    }

    /**
     * The round {@code id} as stored. A round is never changed once opened (the store has no update of it), so one
     * read once is kept for every later act instead of being read and parsed again per act.
     */
    Round round(Handle h, String id) {
        Round known = openedRounds.get(id);
        if (known != null) {
            return known;
        }
        Round round = rounds.find(h, id).orElseThrow(() -> NotFound.round(id));
        openedRounds.putIfAbsent(id, round);
        return round;
    }

    /**
     * Who submitted an application stored before the store recorded it (schema 7): the applicant of its accepted
     * submission in the audit chain. Empty when the chain names none, and then no applicant may act on it.
     */
    private Optional<String> submitter(Handle h, String applicationId) {
        String submit = key(cn.zhicheng.core.review.stage.Act.SUBMIT);
        return audit.of(h, applicationId).stream()
                .map(AuditEntry::act)
                .filter(a -> a.act().equals(submit) && a.outcome() instanceof Outcome.Done
                        && a.actor().role().equals(cn.zhicheng.core.review.stage.Role.APPLICANT.name()))
                .map(a -> a.actor().id())
                .findFirst();
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, CHINA);
    }

    /** The key an act is audited under: {@code application.submit}, {@code application.withdraw}, ... */
    static String key(cn.zhicheng.core.review.stage.Act act) {
        return "application." + act.name().toLowerCase(Locale.ROOT);
    }

    static Act audited(String subject, cn.zhicheng.core.review.stage.Actor actor,
                       cn.zhicheng.core.review.stage.Act act, Clause clause, Instant at, Stage before,
                       Optional<Stage> after, Optional<Document> document, Outcome outcome) {
        return new Act(subject, new Actor(actor.id(), actor.role().name()), key(act), clause, at,
                Optional.of(before.name()), after.map(Stage::name), document, outcome);
    }

    /**
     * Runs an act's transaction (retried while it loses races) and settles what it came to: a landed act is
     * returned as it is; a refusal is recorded alone, in a transaction of its own, since the refusal is the only
     * thing that changes.
     */
    ActResult run(Supplier<Step> transaction, Function<Step.Declined, Act> refusal) {
        Step step = retrying(transaction);
        if (step instanceof Step.Declined d) {
            Act act = refusal.apply(d);
            AuditEntry entry = retrying(() -> jdbi.inTransaction(h -> audit.append(h, act)));
            return new ActResult.Refused(d.refusal(), entry);
        }
        return ((Step.Landed) step).done();
    }

    /** What one attempt of an act's transaction came to. */
    sealed interface Step {

        /** Stored, with its audit entry, in the attempt's transaction. */
        record Landed(ActResult.Done done) implements Step {
        }

        /** Refused by core at stage {@code at}; the attempt wrote nothing. */
        record Declined(cn.zhicheng.core.review.stage.Outcome.Refused refusal, Stage at) implements Step {
        }
    }

    /** Runs one attempt after another until one is not lost to a concurrent act. */
    static <T> T retrying(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!(e instanceof LostRace) && !lostRace(e)) {
                    throw e;
                }
                if (i == ATTEMPTS) {
                    throw new StoreRefused(new Text("数据库繁忙：并发操作过多，本次操作未完成，请重试",
                            "the database is busy: too many concurrent acts, this act was not taken; try again"));
                }
                pause(i);
            }
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (RACE_STATES.contains(s.getSQLState())
                    || s.getErrorCode() == H2_CONCURRENT_UPDATE)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short, growing, jittered wait, so that retrying acts do not collide again in lockstep. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 10) * 3L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreRefused(new Text("操作被中断，未完成", "the act was interrupted and not taken"));
        }
    }

    /** Thrown inside a transaction when the row changed since it was read: rolls back and retries. */
    static final class LostRace extends RuntimeException {
        LostRace() {
            super("lost to a concurrent act", null, false, false);
        }
    }
}
