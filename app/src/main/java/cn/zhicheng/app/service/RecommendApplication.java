package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Recommendations;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Recommendation;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * 六(二) 自由推荐, 五(三)1: the applicant's employer, an HR service agency, a talent public service body, an industry
 * organisation or association, or an incubator park reviews the application and assesses 品德 (五(一)1). A positive
 * assessment recommends it; a negative one, with its grounds, declines it and ends the application (五(一)1). The
 * recommendation is stored beside the move and its canonical JSON's SHA-256 is the document the audit entry names.
 */
public final class RecommendApplication {

    /** The kind of document the audit entry names. */
    public static final String DOCUMENT = "review.recommendation";

    private final Clock clock;
    private final ApplicationActs acts;
    private static final Recommendations RECOMMENDATIONS = new Recommendations();

    @Inject
    public RecommendApplication(Database database, Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        this.acts = new ApplicationActs(requireNonNull(database, "database is null").jdbi(), new AuditLog());
    }

    /**
     * The recommender (the actor) assesses the application: recommend when {@code ethics} is positive, decline on
     * ethics when negative, which needs its grounds in {@code remarks}.
     */
    public ActResult recommend(String applicationId, Actor actor, RecommenderKind kind,
                               Recommendation.Ethics ethics, String remarks) {
        Assessment a = new Assessment(applicationId, actor, kind, ethics, remarks);
        Instant at = clock.instant();
        return acts.take(applicationId, actor, a.recommendation().act(), at, a.particulars(at));
    }

    /** One recommender's assessment of one application, checked as input when made. */
    public record Assessment(String applicationId, Actor actor, RecommenderKind kind, Recommendation.Ethics ethics,
                             String remarks) {
        public Assessment {
            requireNonNull(applicationId, "applicationId is null");
            requireNonNull(actor, "actor is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(ethics, "ethics is null");
            remarks = Particular.REMARKS.check(remarks, false);
            if (ethics == Recommendation.Ethics.NEGATIVE && remarks.isEmpty()) {
                // the applicant is told why: a negative assessment without its grounds could not be appealed or
                // audited
                throw new ParticularsRefused(Refusal.of("review.recommendation.grounds",
                        Recommendation.ETHICS.toString()));
            }
        }

        Recommendation recommendation() {
            return new Recommendation(kind, actor.id(), ethics, remarks);
        }

        ApplicationActs.Particulars particulars(Instant at) {
            Recommendation recommendation = recommendation();
            String json = new String(CanonicalJson.bytes(json(applicationId, at, recommendation)),
                    StandardCharsets.UTF_8);
            Document document = new Document.Digest(DOCUMENT,
                    CanonicalJson.sha256(json.getBytes(StandardCharsets.UTF_8)));
            return new ApplicationActs.Particulars() {
                @Override
                public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
                    return facts.recommendation(recommendation);
                }

                @Override
                public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved,
                                                Instant when) {
                    RECOMMENDATIONS.insert(h, application.id(), when, recommendation, json, document.sha256());
                    return Optional.of(document);
                }

                @Override
                public Optional<Document> refused() {
                    return Optional.of(document);
                }
            };
        }
    }

    /**
     * Many assessments at once, each as {@link #recommend} takes it — its own decision by core, its own entry, a
     * refusal recorded for that application alone — in transactions of many applications each.
     */
    public List<ActResult> recommendAll(List<Assessment> assessments) {
        Instant at = clock.instant();
        Map<String, Assessment> byId = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            if (byId.put(a.applicationId(), a) != null) {
                throw new IllegalArgumentException("an application is assessed twice: " + a.applicationId());
            }
        }
        Map<String, ApplicationActs.Particulars> particulars = new HashMap<>();
        byId.forEach((id, a) -> particulars.put(id, a.particulars(at)));
        return acts.takeEach(List.copyOf(byId.keySet()), new ApplicationActs.Each() {
            @Override
            public ApplicationActs.Step attempt(ApplicationActs.Chunk chunk, String applicationId) {
                Assessment a = byId.get(applicationId);
                return acts.attempt(chunk, applicationId, a.actor(), a.recommendation().act(), at,
                        particulars.get(applicationId));
            }

            @Override
            public cn.zhicheng.core.audit.Act refused(String applicationId, ApplicationActs.Step.Declined d) {
                Assessment a = byId.get(applicationId);
                return ApplicationActs.audited(applicationId, a.actor(), a.recommendation().act(),
                        d.refusal().clause(), at, d.at(), Optional.empty(), particulars.get(applicationId).refused(),
                        cn.zhicheng.core.audit.Outcome.refused(d.refusal().reason().key()));
            }
        });
    }

    /** What the recommendation says, for its digest: the application, when, by whom, of what kind, and the assessment. */
    static ObjectNode json(String applicationId, Instant at, Recommendation r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("application", applicationId);
        node.put("at", at.toString());
        node.put("kind", r.kind().name());
        node.put("recommender", r.recommender());
        node.put("ethics", r.ethics().name());
        node.put("remarks", r.remarks());
        return node;
    }
}
