package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Experts;
import cn.zhicheng.app.store.Sessions;
import cn.zhicheng.app.store.StoredSession;
import cn.zhicheng.core.applicant.AnonymisedDossier;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.committee.Applicant;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.committee.Recusal;
import cn.zhicheng.core.review.committee.Refused;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The blind first review (七(二) 匿名评审, 五(一)2): a member of the session's committee reads an application's dossier
 * anonymised — derived from the stored dossier, never typed, with no name, ID number, phone, employer or
 * recommender. A non-member, or a member recused from the application (决定 D-9, with the relations declared up to
 * now), is refused, as is an expert acting for another body than the one running the round (四, 决定 D-12). Each
 * reading is audited on the application.
 */
public final class BlindReview {

    static final Clause CLAUSE = Clause.notice("七(二)");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private final Clock clock;
    private final StrictReader reader;
    private final SessionActs acts;
    private final Sessions sessions = new Sessions();
    private final Applications applications = new Applications();
    private final Experts experts = new Experts();

    @Inject
    public BlindReview(Database database, Clock clock, StrictReader reader) {
        this.clock = requireNonNull(clock, "clock is null");
        this.reader = requireNonNull(reader, "reader is null");
        this.acts = new SessionActs(requireNonNull(database, "database is null").jdbi(), new AuditLog());
    }

    /** What a reviewer sees: the session, field and level, the review group, and the anonymised dossier as JSON. */
    public record BlindView(String sessionId, String applicationId, String field, Level level, int group,
                            String dossierJson) {
    }

    public BlindView view(String sessionId, String applicationId, Actor actor) {
        Instant at = clock.instant();
        return acts.take(applicationId, actor, "committee.blind_view", at, h -> {
            SessionActs.requireRole(actor, CLAUSE, Role.EXPERT);
            StoredSession s = acts.session(h, sessionId);
            acts.requireRunningBodyOfSession(h, sessionId, actor);
            if (s.phase() == StoredSession.Phase.OPENED) {
                throw ReviewSessions.refused("committee.session.notDrawn", ReviewSessions.DRAW, sessionId);
            }
            if (!sessions.applications(h, sessionId).contains(applicationId)) {
                throw ReviewSessions.refused("committee.ballot.unknownApplication", CLAUSE, applicationId);
            }
            if (!sessions.members(h, sessionId).contains(actor.id())) {
                throw ReviewSessions.refused("committee.review.notMember", Clause.notice("七(三)"), actor.id(),
                        sessionId);
            }
            String dossier = applications.dossier(h, applicationId).orElseThrow(() -> NotFound.application(applicationId));
            Applicant applicant = Sessions.applicant(applicationId, dossier);
            Optional<Expert> member = experts.find(h, actor.id()).map(Experts.Stored::expert);
            member.flatMap(e -> Recusal.check(e, applicant)).ifPresent(x -> {
                throw new Refused(x.reason(), x.clauses());
            });
            ApplicantFile file = reader.read(applicationId, dossier.getBytes(StandardCharsets.UTF_8),
                    StrictReader.Syntax.JSON, ApplicantFile.class);
            AnonymisedDossier blind = file.anonymised();
            int group = sessions.draw(h, sessionId).orElseThrow().groups().groupOf(applicationId).number();
            acts.done(h, applicationId, actor, "committee.blind_view", CLAUSE, at, Optional.empty(), Optional.empty(),
                    Optional.empty());
            return new BlindView(sessionId, applicationId, s.field(), s.level(), group,
                    new String(CanonicalJson.bytes(JSON.valueToTree(blind)), StandardCharsets.UTF_8));
        });
    }
}
