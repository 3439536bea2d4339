package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Ballots;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Experts;
import cn.zhicheng.app.store.Sessions;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.app.store.StoredSession;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.review.committee.Applicant;
import cn.zhicheng.core.review.committee.Attendance;
import cn.zhicheng.core.review.committee.Ballot;
import cn.zhicheng.core.review.committee.BallotBox;
import cn.zhicheng.core.review.committee.CommitteeSize;
import cn.zhicheng.core.review.committee.EvaluationMethod;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.committee.Recusal;
import cn.zhicheng.core.review.committee.Refused;
import cn.zhicheng.core.review.committee.ResultConfirmation;
import cn.zhicheng.core.review.committee.SessionMethods;
import cn.zhicheng.core.review.committee.Tally;
import cn.zhicheng.core.review.committee.Vote;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.BallotResult;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The session's deliberation and secret ballot (七(二) 无记名投票; 决定 D-7, D-9): the secretary records who is present
 * and the evaluation methods used, which opens the box when a quorum is present; each present member casts one
 * ballot per application in person, unless recused from it; the secretary closes the box, and the tally of each
 * application is recorded as its vote (六(四)); the members present confirm the result's SHA-256. Each act is taken
 * for the body running the round of the session's applications, and only for it (四, 决定 D-12).
 *
 * <p>The box is core's {@link BallotBox}, restored from the store for each act: the store keeps exactly what the box
 * keeps — turnout apart from counts ({@link Ballots}) — so each ballot is decided by core and nothing stored links it
 * to the member who cast it. The audit entry of a ballot records that the member voted, never how.
 */
public final class SecretBallot {

    static final Clause BALLOT = Clause.notice("七(二)");
    static final Clause VOTE = Clause.notice("六(四)");

    private final Jdbi jdbi;
    private final Clock clock;
    private final SessionActs acts;
    private final ApplicationActs applicationActs;
    private final SessionBatch batch;
    private final Sessions sessions = new Sessions();
    private final Ballots ballots = new Ballots();
    private final Experts experts = new Experts();
    private final Applications applications = new Applications();

    @Inject
    public SecretBallot(Database database, Clock clock) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        AuditLog audit = new AuditLog();
        this.acts = new SessionActs(jdbi, audit);
        this.applicationActs = new ApplicationActs(jdbi, audit);
        this.batch = new SessionBatch(jdbi, audit);
    }

    /** The box opened: who is present, of how many, and the quorum that was met. */
    public record Opened(SortedSet<String> present, int members, int quorum, Set<EvaluationMethod> methods) {
    }

    /**
     * Records the members present and the methods used (五(一)2, 七(二)), and opens the box: refused when someone
     * named is not a member, when no method or a defence without review groups is named, when the quorum is not
     * met (决定 D-7), or while an application of the session is not in expert review (六(四)).
     */
    public Opened attend(String sessionId, Set<String> present, Set<EvaluationMethod> methods, Actor actor) {
        Instant at = clock.instant();
        return acts.take(sessionId, actor, "committee.attendance", at, h -> {
            SessionActs.requireRole(actor, BALLOT, Role.EXPERT_COMMITTEE_SECRETARY);
            StoredSession s = acts.locked(h, sessionId);
            acts.requireRunningBodyOfSession(h, sessionId, actor);
            SessionActs.requirePhase(s, StoredSession.Phase.DRAWN, BALLOT);
            List<String> ids = sessions.applications(h, sessionId);
            Map<String, StoredApplication> stored = applications.findAll(h, ids);
            for (String id : ids) {
                StoredApplication a = Optional.ofNullable(stored.get(id))
                        .orElseThrow(() -> NotFound.application(id));
                if (a.stage() != Stage.IN_EXPERT_REVIEW) {
                    throw ReviewSessions.refused("committee.session.notInReview", VOTE, id, a.stage());
                }
            }
            Sessions.StoredDraw draw = sessions.draw(h, sessionId).orElseThrow();
            new SessionMethods(sessionId, methods, Optional.of(draw.groups()));
            Attendance attendance = Attendance.of(draw.result(), present);
            BallotBox box = BallotBox.open(attendance, recusals(h, sessionId, attendance.members()));
            sessions.saveAttendance(h, sessionId, attendance.present(), methods);
            ballots.open(h, sessionId, ids);
            if (!sessions.advance(h, sessionId, StoredSession.Phase.DRAWN, StoredSession.Phase.VOTING)) {
                throw new ApplicationActs.LostRace();
            }
            ObjectNode doc = JsonNodeFactory.instance.objectNode();
            attendance.present().forEach(doc.putArray("present")::add);
            methods.stream().sorted().map(Enum::name).forEach(doc.putArray("methods")::add);
            acts.done(h, sessionId, actor, "committee.attendance", BALLOT, at,
                    Optional.of(StoredSession.Phase.DRAWN.name()), Optional.of(StoredSession.Phase.VOTING.name()),
                    Optional.of(Document.Embedded.of("committee.attendance", doc)));
            return new Opened(attendance.present(), attendance.members().size(), attendance.size().quorum(),
                    Set.copyOf(methods));
        });
    }

    /** What a cast ballot shows its caster: turnout on the application, never the vote. */
    public record Receipt(String sessionId, String applicationId, int voted, int eligible) {
    }

    /**
     * Casts {@code member}'s ballot, handed in by the actor: core refuses a proxy (the actor is not the member), an
     * absent or recused member, a second ballot and a late one (决定 D-7, D-9); nothing changes then.
     */
    public Receipt cast(String sessionId, String applicationId, String member, Vote vote, Actor actor) {
        requireNonNull(vote, "vote is null");
        Instant at = clock.instant();
        return acts.take(sessionId, actor, "committee.ballot.cast", at, h -> {
            SessionActs.requireRole(actor, BALLOT, Role.EXPERT);
            StoredSession s = acts.locked(h, sessionId);
            acts.requireRunningBodyOfSession(h, sessionId, actor);
            if (s.phase() != StoredSession.Phase.VOTING && s.phase() != StoredSession.Phase.CLOSED) {
                throw ReviewSessions.refused("committee.session.phase", BALLOT, sessionId, s.phase().name(),
                        StoredSession.Phase.VOTING.name());
            }
            BallotBox box = box(h, s);
            BallotBox after = box.cast(actor.id(), new Ballot(applicationId, member, vote));
            ballots.cast(h, sessionId, applicationId, actor.id(), vote);
            // the entry says that the member voted on the application, never how
            acts.done(h, applicationId, actor, "committee.ballot.cast", BALLOT, at, Optional.empty(),
                    Optional.empty(), Optional.empty());
            int eligible = (int) after.attendance().present().stream()
                    .filter(p -> !after.recused(applicationId).contains(p)).count();
            return new Receipt(sessionId, applicationId, after.voted(applicationId).size(), eligible);
        });
    }

    /** How many ballots one transaction of {@link #castAll} takes at most: the box is read once for all of them. */
    static final int CAST_CHUNK = 2_000;

    /** One member's ballot on one application of a session, handed in by the actor. */
    public record Cast(String applicationId, String member, Vote vote, Actor actor) {
        public Cast {
            requireNonNull(applicationId, "applicationId is null");
            requireNonNull(member, "member is null");
            requireNonNull(vote, "vote is null");
            requireNonNull(actor, "actor is null");
        }
    }

    /** What became of one ballot of {@link #castAll}: its receipt, or the refusal recorded for it. */
    public record Counted(Cast cast, Optional<Receipt> receipt, Optional<Refused> refused) {
    }

    /**
     * Many ballots of one session, in that order, each decided as {@link #cast} decides it — core refuses a proxy,
     * an absent or recused member, a second ballot and a late one (决定 D-7, D-9) — in transactions of many ballots:
     * the box is read once per transaction and each ballot is cast into it in turn. A refused ballot records its
     * refusal entry and changes nothing; the others proceed.
     */
    public List<Counted> castAll(String sessionId, List<Cast> casts) {
        Instant at = clock.instant();
        List<Counted> counted = new ArrayList<>(casts.size());
        for (int from = 0; from < casts.size(); from += CAST_CHUNK) {
            List<Cast> chunk = casts.subList(from, Math.min(casts.size(), from + CAST_CHUNK));
            counted.addAll(ApplicationActs.retrying(() -> jdbi.inTransaction(h -> castIn(h, sessionId, chunk, at))));
        }
        return counted;
    }

    private List<Counted> castIn(Handle h, String sessionId, List<Cast> chunk, Instant at) {
        AuditLog.Appender appender = acts.audit().batchingAppender(h);
        Ballots.Casting casting = new Ballots.Casting(h, sessionId);
        StoredSession s = acts.locked(h, sessionId);
        List<Round> rounds = acts.roundsOfSession(h, sessionId);
        Map<Actor, Optional<Refused>> runningBody = new HashMap<>();
        // the box as stored, read once, each ballot decided by core on it as the ballots before left it
        BallotBox.Casting box = null;
        List<Counted> counted = new ArrayList<>(chunk.size());
        for (Cast c : chunk) {
            Actor actor = c.actor();
            try {
                SessionActs.requireRole(actor, BALLOT, Role.EXPERT);
                Optional<Refused> body = runningBody.computeIfAbsent(actor, a -> {
                    try {
                        SessionActs.requireRunningBody(rounds, a);
                        return Optional.empty();
                    } catch (Refused r) {
                        return Optional.of(r);
                    }
                });
                if (body.isPresent()) {
                    throw body.get();
                }
                if (s.phase() != StoredSession.Phase.VOTING && s.phase() != StoredSession.Phase.CLOSED) {
                    throw ReviewSessions.refused("committee.session.phase", BALLOT, sessionId, s.phase().name(),
                            StoredSession.Phase.VOTING.name());
                }
                if (box == null) {
                    box = box(h, s).casting();
                }
                BallotBox.Casting after = box;
                after.cast(actor.id(), new Ballot(c.applicationId(), c.member(), c.vote()));
                casting.cast(c.applicationId(), actor.id(), c.vote());
                // the entry says that the member voted on the application, never how
                appender.append(new cn.zhicheng.core.audit.Act(c.applicationId(), SessionActs.auditor(actor),
                        "committee.ballot.cast", BALLOT, at, Optional.empty(), Optional.empty(), Optional.empty(),
                        cn.zhicheng.core.audit.Outcome.done()));
                int eligible = (int) after.attendance().present().stream()
                        .filter(p -> !after.recused(c.applicationId()).contains(p)).count();
                counted.add(new Counted(c, Optional.of(new Receipt(sessionId, c.applicationId(),
                        after.voted(c.applicationId()).size(), eligible)), Optional.empty()));
            } catch (Refused refused) {
                appender.append(SessionActs.refusal(sessionId, actor, "committee.ballot.cast", at, refused));
                counted.add(new Counted(c, Optional.empty(), Optional.of(refused)));
            }
        }
        casting.write();
        appender.flush();
        return counted;
    }

    /** The closed box: each application's tally, what was recorded on each, and the result's SHA-256. */
    public record Closed(List<Tally> tallies, String resultSha256, List<ActResult> recorded) {
        public boolean landed() {
            return recorded.stream().allMatch(ActResult.Done.class::isInstance);
        }
    }

    /**
     * Closes the box (from now on every ballot is late, 决定 D-7) and records each application's vote as its tally
     * decided (六(四)): RECORD_VOTE_PASSED or RECORD_VOTE_FAILED over the one shape of an act on an application, all
     * of them in one transaction with the tallies, their explanations and the result's SHA-256.
     */
    public Closed close(String sessionId, Actor actor) {
        Instant at = clock.instant();
        Map<String, Tally> tallies = new TreeMap<>();
        String[] sha = new String[1];
        ApplicationActs.Particulars voted = new ApplicationActs.Particulars() {
            @Override
            public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
                Tally t = tallies.get(application.id());
                return facts.ballot(t.result() == Tally.Result.PASSED ? BallotResult.PASSED : BallotResult.FAILED);
            }
        };
        List<ActResult> recorded;
        try {
            recorded = batch.run(actor, at, h -> {
                tallies.clear();
                SessionActs.requireRole(actor, BALLOT, Role.EXPERT_COMMITTEE_SECRETARY);
                StoredSession s = acts.locked(h, sessionId);
                SessionActs.requirePhase(s, StoredSession.Phase.VOTING, BALLOT);
                BallotBox closed = box(h, s).close();
                closed.tallies().forEach(t -> tallies.put(t.applicationId(), t));
                sha[0] = ResultConfirmation.of(sessionId, closed).resultSha256();
                return List.copyOf(tallies.keySet());
            }, (h, id) -> tallies.get(id).result() == Tally.Result.PASSED ? Act.RECORD_VOTE_PASSED
                    : Act.RECORD_VOTE_FAILED,
                    (chunk, id, act) -> applicationActs.attempt(chunk, id, actor, act, at, voted),
                    (h, done) -> {
                        ballots.saveTallies(h, sessionId, tallies.values());
                        sessions.result(h, sessionId, sha[0]);
                        if (!sessions.advance(h, sessionId, StoredSession.Phase.VOTING,
                                StoredSession.Phase.CLOSED)) {
                            throw new ApplicationActs.LostRace();
                        }
                        acts.done(h, sessionId, actor, "committee.ballot.close", BALLOT, at,
                                Optional.of(StoredSession.Phase.VOTING.name()),
                                Optional.of(StoredSession.Phase.CLOSED.name()),
                                Optional.of(Document.Embedded.of("committee.result",
                                        ResultConfirmation.result(sessionId, List.copyOf(tallies.values())))));
                    });
        } catch (Refused refused) {
            throw acts.recorded(sessionId, actor, "committee.ballot.close", at, refused);
        }
        return new Closed(List.copyOf(tallies.values()), sha[0], recorded);
    }

    /** A member's confirmation recorded: how many of the members present have confirmed so far. */
    public record Confirmed(String resultSha256, int confirmed, int signatories, boolean complete) {
    }

    /**
     * A member present confirms the result by its SHA-256 (七(二): the committee signs the result); another hash, a
     * member who was not present, or a second confirmation is refused.
     */
    public Confirmed confirm(String sessionId, String sha256, Actor actor) {
        Instant at = clock.instant();
        return acts.take(sessionId, actor, "committee.result.confirm", at, h -> {
            SessionActs.requireRole(actor, BALLOT, Role.EXPERT);
            StoredSession s = acts.locked(h, sessionId);
            acts.requireRunningBodyOfSession(h, sessionId, actor);
            SessionActs.requirePhase(s, StoredSession.Phase.CLOSED, BALLOT);
            ResultConfirmation stored = new ResultConfirmation(sessionId, s.resultSha256().orElseThrow(),
                    sessions.present(h, sessionId), ballots.confirmations(h, sessionId));
            ResultConfirmation now = stored.confirm(actor.id(), sha256);
            ballots.confirm(h, sessionId, new ResultConfirmation.Confirmation(actor.id(), sha256), at);
            acts.done(h, sessionId, actor, "committee.result.confirm", BALLOT, at, Optional.empty(), Optional.empty(),
                    Optional.of(new Document.Digest("committee.result", sha256)));
            return new Confirmed(now.resultSha256(), now.confirmations().size(), now.signatories().size(),
                    now.complete());
        });
    }

    /** The session's box as stored: attendance, recusals as declared now, turnout and counts; open while voting. */
    private BallotBox box(Handle h, StoredSession s) {
        List<String> ids = sessions.applications(h, s.id());
        Attendance attendance = new Attendance(new CommitteeSize(s.level(), s.committeeSize()),
                sessions.members(h, s.id()), sessions.present(h, s.id()));
        return BallotBox.restore(attendance, recusals(h, s.id(), attendance.members()),
                ballots.voted(h, s.id(), ids), ballots.counts(h, s.id()), s.phase() == StoredSession.Phase.VOTING);
    }

    /**
     * The members recused from each application (决定 D-9), by the relations they have declared up to now: one
     * declared after the draw still recuses.
     */
    private Map<String, Set<String>> recusals(Handle h, String sessionId, SortedSet<String> members) {
        List<Expert> records = experts.all(h, members);
        Map<String, Set<String>> recused = new TreeMap<>();
        for (Applicant a : sessions.applicants(h, sessionId)) {
            Set<String> ids = new TreeSet<>();
            records.stream().filter(e -> Recusal.check(e, a).isPresent()).forEach(e -> ids.add(e.id()));
            recused.put(a.applicationId(), ids);
        }
        return recused;
    }
}
