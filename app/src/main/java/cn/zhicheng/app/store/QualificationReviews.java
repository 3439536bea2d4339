package cn.zhicheng.app.store;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Correction;
import cn.zhicheng.core.review.stage.EvidenceVerdict;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The concluded qualification reviews (六(三)): per review, the decision re-run on the stored dossier (canonical JSON
 * and SHA-256), the reviewer's verdicts on the evidence, and for a return the corrections and the day to correct by.
 * Written once in the act's transaction, beside the stage it concludes and the audit entry naming the decision.
 */
public final class QualificationReviews {

    private static final String COLUMNS = "application_id, review_no, reviewed_at, reviewer, concluded_act,"
            + " dossier_sha256, decision_json, decision_sha256, verdicts_json, corrections_json, correct_by";

    /** One stored review. */
    public record Row(String applicationId, int reviewNo, Instant reviewedAt, String reviewer, Act act,
                      String dossierSha256, String decisionJson, String decisionSha256, String verdictsJson,
                      String correctionsJson, Optional<LocalDate> correctBy) {
        public Row {
            requireNonNull(applicationId, "applicationId is null");
            requireNonNull(reviewedAt, "reviewedAt is null");
            requireNonNull(reviewer, "reviewer is null");
            requireNonNull(act, "act is null");
            requireNonNull(decisionJson, "decisionJson is null");
            requireNonNull(verdictsJson, "verdictsJson is null");
            requireNonNull(correctionsJson, "correctionsJson is null");
            requireNonNull(correctBy, "correctBy is null");
        }
    }

    private static final String INSERT = "INSERT INTO qualification_review (" + COLUMNS + ") VALUES (:app, :no,"
            + " :at, :reviewer, :act, :dossier, :decision, :decisionSha, :verdicts, :corrections, :correctBy)";

    /** Stores a concluded review as the application's next one, and returns it. */
    public Row insert(Handle h, String applicationId, Instant at, String reviewer, Act act, String dossierSha256,
                      byte[] decisionJson, List<EvidenceVerdict> verdicts, List<Correction> corrections,
                      Optional<LocalDate> correctBy) {
        int next = h.createQuery("SELECT COALESCE(MAX(review_no), 0) FROM qualification_review"
                        + " WHERE application_id = :id")
                .bind("id", applicationId)
                .mapTo(Integer.class)
                .one() + 1;
        Row row = new Row(applicationId, next, at, reviewer, act, dossierSha256,
                new String(decisionJson, StandardCharsets.UTF_8), CanonicalJson.sha256(decisionJson),
                verdictsJson(verdicts), correctionsJson(corrections), correctBy);
        bind(h.createUpdate(INSERT), row).execute();
        return row;
    }

    /**
     * Concluded reviews of many applications, each the application's next one, written together in the caller's
     * transaction: the reviews stored so far are counted with one query for all the applications, and the new ones
     * inserted as one batch by {@link #write}. One application at most once per writing.
     */
    public static final class Writing {
        private final Handle h;
        private final Map<String, Integer> last = new HashMap<>();
        private final List<Row> rows = new ArrayList<>();

        public Writing(Handle h, Collection<String> applicationIds) {
            this.h = h;
            for (List<String> part : Applications.parts(applicationIds)) {
                h.createQuery("SELECT application_id, MAX(review_no) AS n FROM qualification_review"
                                + " WHERE application_id IN (<ids>) GROUP BY application_id")
                        .bindList("ids", part)
                        .map((rs, ctx) -> Map.entry(rs.getString("application_id"), rs.getInt("n")))
                        .forEach(e -> last.put(e.getKey(), e.getValue()));
            }
        }

        /** Adds a concluded review as the application's next one, and returns it; written by {@link #write}. */
        public Row add(String applicationId, Instant at, String reviewer, Act act, String dossierSha256,
                       byte[] decisionJson, String decisionSha256, List<EvidenceVerdict> verdicts,
                       List<Correction> corrections, Optional<LocalDate> correctBy) {
            int next = last.getOrDefault(applicationId, 0) + 1;
            last.put(applicationId, next);
            Row row = new Row(applicationId, next, at, reviewer, act, dossierSha256,
                    new String(decisionJson, StandardCharsets.UTF_8), decisionSha256, verdictsJson(verdicts),
                    correctionsJson(corrections), correctBy);
            rows.add(row);
            return row;
        }

        /** Inserts the reviews added since the last call. */
        public void write() {
            if (rows.isEmpty()) {
                return;
            }
            PreparedBatch batch = h.prepareBatch(INSERT);
            rows.forEach(r -> bind(batch, r).add());
            batch.execute();
            rows.clear();
        }
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Row row) {
        return statement
                .bind("app", row.applicationId())
                .bind("no", row.reviewNo())
                .bind("at", Applications.utc(row.reviewedAt()))
                .bind("reviewer", row.reviewer())
                .bind("act", row.act().name())
                .bind("dossier", row.dossierSha256())
                .bind("decision", row.decisionJson())
                .bind("decisionSha", row.decisionSha256())
                .bind("verdicts", row.verdictsJson())
                .bind("corrections", row.correctionsJson())
                .bind("correctBy", row.correctBy().map(Date::valueOf).orElse(null));
    }

    /** An application's reviews, oldest first. */
    public List<Row> of(Handle h, String applicationId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM qualification_review WHERE application_id = :id"
                        + " ORDER BY review_no")
                .bind("id", applicationId)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    /** An application's latest review, if it had one. */
    public Optional<Row> latest(Handle h, String applicationId) {
        List<Row> all = of(h, applicationId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The verdicts as canonical JSON, in the order given: evidence, verdict, and the reason or what is needed. */
    static String verdictsJson(List<EvidenceVerdict> verdicts) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (EvidenceVerdict v : verdicts) {
            ObjectNode n = list.addObject();
            n.put("evidence", v.evidenceId());
            if (v instanceof EvidenceVerdict.Rejected r) {
                n.put("verdict", "rejected");
                n.put("reason", r.reason());
            } else if (v instanceof EvidenceVerdict.NeedsMore m) {
                n.put("verdict", "needs-more");
                n.put("what", m.what());
            } else {
                n.put("verdict", "accepted");
            }
        }
        return new String(CanonicalJson.bytes(list), StandardCharsets.UTF_8);
    }

    static String correctionsJson(List<Correction> corrections) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Correction c : corrections) {
            ObjectNode n = list.addObject();
            c.evidenceId().ifPresent(id -> n.put("evidence", id));
            n.put("what", c.what());
        }
        return new String(CanonicalJson.bytes(list), StandardCharsets.UTF_8);
    }

    private static Row row(ResultSet rs) throws SQLException {
        Date correctBy = rs.getDate("correct_by");
        return new Row(rs.getString("application_id"), rs.getInt("review_no"), Applications.instant(rs,
                "reviewed_at"), rs.getString("reviewer"), Act.valueOf(rs.getString("concluded_act")),
                rs.getString("dossier_sha256"), rs.getString("decision_json"), rs.getString("decision_sha256"),
                rs.getString("verdicts_json"), rs.getString("corrections_json"),
                Optional.ofNullable(correctBy).map(Date::toLocalDate));
    }
}
