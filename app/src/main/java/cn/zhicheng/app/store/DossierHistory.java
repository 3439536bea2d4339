package cn.zhicheng.app.store;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The dossiers an application held before each resubmission (六(三) 补正). A resubmission keeps the dossier it
 * replaces here and writes the new one into the application, in the caller's transaction, so the trace can show
 * what changed (七(二)). Rows are written once: this class has no update and no delete.
 */
public final class DossierHistory {

    /** One dossier an application held, and when it was replaced. */
    public record Revision(String applicationId, int revision, String dossierJson, String dossierSha256,
                           Instant replacedAt) {
        public Revision {
            requireNonNull(applicationId, "applicationId is null");
            requireNonNull(dossierJson, "dossierJson is null");
            requireNonNull(dossierSha256, "dossierSha256 is null");
            requireNonNull(replacedAt, "replacedAt is null");
        }
    }

    /**
     * Keeps the application's current dossier as its next revision and stores {@code json} (with its SHA-256) in its
     * place. Returns the revision kept.
     */
    public Revision replace(Handle h, String applicationId, String json, String sha256, Instant at) {
        record Current(String json, String sha256) {
        }
        Current current = h.createQuery("SELECT dossier_json, dossier_sha256 FROM application WHERE id = :id")
                .bind("id", applicationId)
                .map((rs, ctx) -> new Current(rs.getString("dossier_json"), rs.getString("dossier_sha256")))
                .one();
        int next = h.createQuery("SELECT COALESCE(MAX(revision), 0) FROM dossier_history WHERE application_id = :id")
                .bind("id", applicationId)
                .mapTo(Integer.class)
                .one() + 1;
        Revision kept = new Revision(applicationId, next, current.json(), current.sha256(), at);
        h.createUpdate("INSERT INTO dossier_history (application_id, revision, dossier_json, dossier_sha256,"
                        + " replaced_at) VALUES (:id, :revision, :json, :sha, :at)")
                .bind("id", applicationId)
                .bind("revision", next)
                .bind("json", kept.dossierJson())
                .bind("sha", kept.dossierSha256())
                .bind("at", Applications.utc(at))
                .execute();
        h.createUpdate("UPDATE application SET dossier_json = :json, dossier_sha256 = :sha WHERE id = :id")
                .bind("json", json)
                .bind("sha", sha256)
                .bind("id", applicationId)
                .execute();
        return kept;
    }

    /** The dossiers an application held before, oldest first. */
    public List<Revision> of(Handle h, String applicationId) {
        return h.createQuery("SELECT application_id, revision, dossier_json, dossier_sha256, replaced_at"
                        + " FROM dossier_history WHERE application_id = :id ORDER BY revision")
                .bind("id", applicationId)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    /** When the application's dossier was last replaced, if ever. */
    public Optional<Instant> lastReplaced(Handle h, String applicationId) {
        List<Revision> all = of(h, applicationId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).replacedAt());
    }

    private static Revision row(ResultSet rs) throws SQLException {
        return new Revision(rs.getString("application_id"), rs.getInt("revision"), rs.getString("dossier_json"),
                rs.getString("dossier_sha256"), Applications.instant(rs, "replaced_at"));
    }
}
