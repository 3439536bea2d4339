package cn.zhicheng.app.store;

import static cn.zhicheng.app.store.Applications.instant;
import static cn.zhicheng.app.store.Applications.utc;

import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.review.stage.Recommendation;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The recommenders' reviews of applications with their assessment of 品德 (五(三)1, 六(二), 五(一)1), each kept with
 * the canonical JSON whose SHA-256 the act's audit entry names. Works in the caller's transaction.
 */
public final class Recommendations {

    /** One stored recommendation: when it was made, what it said, and its canonical JSON. */
    public record Stored(String applicationId, Instant at, Recommendation recommendation, String json,
                         String sha256) {
    }

    public void insert(Handle h, String applicationId, Instant at, Recommendation r, String json, String sha256) {
        h.createUpdate("INSERT INTO recommendation (application_id, recommended_at, recommender_kind, recommender,"
                        + " ethics, remarks, recommendation_json, recommendation_sha256)"
                        + " VALUES (:app, :at, :kind, :recommender, :ethics, :remarks, :json, :sha)")
                .bind("app", applicationId)
                .bind("at", utc(at))
                .bind("kind", r.kind().name())
                .bind("recommender", r.recommender())
                .bind("ethics", r.ethics().name())
                .bind("remarks", r.remarks())
                .bind("json", json)
                .bind("sha", sha256)
                .execute();
    }

    /** The application's recommendations, oldest first. */
    public List<Stored> of(Handle h, String applicationId) {
        return h.createQuery("SELECT * FROM recommendation WHERE application_id = :app ORDER BY recommended_at")
                .bind("app", applicationId)
                .map((rs, ctx) -> new Stored(rs.getString("application_id"), instant(rs, "recommended_at"),
                        new Recommendation(RecommenderKind.valueOf(rs.getString("recommender_kind")),
                                rs.getString("recommender"), Recommendation.Ethics.valueOf(rs.getString("ethics")),
                                rs.getString("remarks")),
                        rs.getString("recommendation_json"), rs.getString("recommendation_sha256")))
                .list();
    }
}
