package cn.zhicheng.app.store;

import static cn.zhicheng.app.store.Applications.instant;
import static cn.zhicheng.app.store.Applications.utc;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.review.filing.Filing;
import cn.zhicheng.core.review.stage.Stage;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The filings (备案) of associations' round results with the provincial office (六(六)): written once when filed,
 * the acknowledgement written once into it. Every method works in the caller's transaction.
 */
public final class Filings {

    /** The canonical JSON of what was filed: what the audit entry of the filing names by its SHA-256. */
    public static byte[] document(Filing f) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", "zhicheng.filing");
        node.put("round", f.roundId());
        node.put("association", f.association());
        node.put("delegation", f.delegationId());
        node.putObject("name").put("zh", f.associationName().zh()).put("en", f.associationName().en());
        f.applications().forEach(node.putArray("applications")::add);
        node.put("filedBy", f.filedBy());
        node.put("filedAt", f.filedAt().toString());
        return CanonicalJson.bytes(node);
    }

    /** The applications of a round standing in their result publicity (六(五)), in id order: what may be filed. */
    public List<String> inResultPublicity(Handle h, String roundId) {
        return h.createQuery("SELECT id FROM application WHERE round_id = :round AND stage = :stage ORDER BY id")
                .bind("round", roundId)
                .bind("stage", Stage.RESULT_PUBLICITY.name())
                .mapTo(String.class)
                .list();
    }

    /** Stores a new filing; a second filing of one round fails on the primary key. */
    public void insert(Handle h, Filing f) {
        byte[] json = document(f);
        h.createUpdate("INSERT INTO filing (round_id, association, delegation_id, name_zh, name_en, filing_json,"
                        + " filing_sha256, filed_at, filed_by) VALUES (:round, :assoc, :del, :zh, :en, :json, :sha,"
                        + " :at, :by)")
                .bind("round", f.roundId())
                .bind("assoc", f.association())
                .bind("del", f.delegationId())
                .bind("zh", f.associationName().zh())
                .bind("en", f.associationName().en())
                .bind("json", new String(json, StandardCharsets.UTF_8))
                .bind("sha", CanonicalJson.sha256(json))
                .bind("at", utc(f.filedAt()))
                .bind("by", f.filedBy())
                .execute();
    }

    /** Records the acknowledgement once: false when another got there first. */
    public boolean acknowledge(Handle h, Filing f) {
        Filing.Acknowledgement a = f.acknowledgement().orElseThrow();
        return h.createUpdate("UPDATE filing SET acknowledged_at = :at, acknowledged_by = :by,"
                        + " filing_reference = :ref WHERE round_id = :round AND filing_reference IS NULL")
                .bind("at", utc(a.at()))
                .bind("by", a.by())
                .bind("ref", a.reference())
                .bind("round", f.roundId())
                .execute() == 1;
    }

    public Optional<Filing> find(Handle h, String roundId) {
        return h.createQuery("SELECT * FROM filing WHERE round_id = :round")
                .bind("round", roundId)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    private static Filing row(ResultSet rs) throws SQLException {
        List<String> applications = new ArrayList<>();
        String json = rs.getString("filing_json");
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("applications")
                    .forEach(a -> applications.add(a.asText()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the filing of round " + rs.getString("round_id") + " is not JSON", e);
        }
        String reference = rs.getString("filing_reference");
        Optional<Filing.Acknowledgement> ack = reference == null ? Optional.empty()
                : Optional.of(new Filing.Acknowledgement(reference, rs.getString("acknowledged_by"),
                        instant(rs, "acknowledged_at")));
        return new Filing(rs.getString("round_id"), rs.getString("association"), rs.getString("delegation_id"),
                new Text(rs.getString("name_zh"), rs.getString("name_en")), applications, rs.getString("filed_by"),
                instant(rs, "filed_at"), ack);
    }
}
