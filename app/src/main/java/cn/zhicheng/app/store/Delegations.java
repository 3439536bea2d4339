package cn.zhicheng.app.store;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Delegation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The delegations of review authority to associations (四, 决定 D-12), each stored as the canonical JSON of all its
 * dated versions. A narrowing or revocation replaces the row only from the version read, so two concurrent changes
 * cannot both land; the earlier versions travel in the JSON unchanged, which is what keeps earlier acts valid.
 */
public final class Delegations {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A delegation as stored, with the version a change must name. */
    public record Stored(Delegation delegation, long version) {
    }

    /** Stores a new grant; a second grant of one id fails on the primary key. */
    public void insert(Handle h, Delegation d) {
        h.createUpdate("INSERT INTO delegation (id, association, delegation_json, version)"
                        + " VALUES (:id, :association, :json, 1)")
                .bind("id", d.id())
                .bind("association", d.association())
                .bind("json", json(d))
                .execute();
    }

    public Optional<Stored> find(Handle h, String id) {
        return h.createQuery("SELECT delegation_json, version FROM delegation WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(read(rs.getString("delegation_json")), rs.getLong("version")))
                .findOne();
    }

    /** Every delegation, in id order. */
    public List<Stored> all(Handle h) {
        return h.createQuery("SELECT delegation_json, version FROM delegation ORDER BY id")
                .map((rs, ctx) -> new Stored(read(rs.getString("delegation_json")), rs.getLong("version")))
                .list();
    }

    /** Replaces the delegation read at {@code readVersion}; false when another change landed since. */
    public boolean replace(Handle h, Delegation d, long readVersion) {
        return h.createUpdate("UPDATE delegation SET delegation_json = :json, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .bind("json", json(d))
                .bind("id", d.id())
                .bind("version", readVersion)
                .execute() == 1;
    }

    /** The canonical JSON of a delegation: what is stored, and what the audit entry of a change names. */
    public static String json(Delegation d) {
        return new String(CanonicalJson.bytes(tree(d)), StandardCharsets.UTF_8);
    }

    static ObjectNode tree(Delegation d) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", d.id());
        node.put("association", d.association());
        ArrayNode versions = node.putArray("versions");
        for (Delegation.Version v : d.versions()) {
            ObjectNode n = versions.addObject();
            n.put("from", v.from().toString());
            n.put("validTo", v.validTo().toString());
            v.fields().stream().sorted().forEach(n.putArray("fields")::add);
            v.levels().stream().sorted().map(Level::name).forEach(n.putArray("levels")::add);
        }
        d.revokedOn().ifPresent(r -> node.put("revokedOn", r.toString()));
        return node;
    }

    static Delegation read(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Delegation.Version> versions = new ArrayList<>();
        for (JsonNode v : n.get("versions")) {
            Set<String> fields = new HashSet<>();
            v.get("fields").forEach(f -> fields.add(f.asText()));
            Set<Level> levels = new HashSet<>();
            v.get("levels").forEach(l -> levels.add(Level.valueOf(l.asText())));
            versions.add(new Delegation.Version(LocalDate.parse(v.get("from").asText()),
                    LocalDate.parse(v.get("validTo").asText()), fields, levels));
        }
        Optional<LocalDate> revoked = n.has("revokedOn") ? Optional.of(LocalDate.parse(n.get("revokedOn").asText()))
                : Optional.empty();
        return new Delegation(n.get("id").asText(), n.get("association").asText(), versions, revoked);
    }
}
