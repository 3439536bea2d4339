package cn.zhicheng.app.store;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.committee.Kinship;
import cn.zhicheng.core.review.committee.Relation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * The expert pool (七(三)): each expert as the canonical JSON of their record. The whole pool is read in one query,
 * so a draw over ten thousand experts costs one round trip, not one per candidate.
 */
public final class Experts {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An expert as stored, with the version a new registration replaces. */
    public record Stored(Expert expert, long version) {
    }

    public Optional<Stored> find(Handle h, String id) {
        return h.createQuery("SELECT expert_json, version FROM expert WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(read(rs.getString("expert_json")), rs.getLong("version")))
                .findOne();
    }

    /** Every expert of the pool, in id order. */
    public List<Expert> all(Handle h) {
        return h.createQuery("SELECT expert_json FROM expert ORDER BY id")
                .mapTo(String.class)
                .map(Experts::read)
                .list();
    }

    /** The experts of these ids that the pool holds, in id order: one query for a whole committee. */
    public List<Expert> all(Handle h, java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT expert_json FROM expert WHERE id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(ids))
                .mapTo(String.class)
                .map(Experts::read)
                .list();
    }

    public int count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM expert").mapTo(Integer.class).one();
    }

    public void insert(Handle h, Expert e) {
        h.createUpdate("INSERT INTO expert (id, expert_json, version) VALUES (:id, :json, 1)")
                .bind("id", e.id())
                .bind("json", json(e))
                .execute();
    }

    /** Replaces the record read at {@code readVersion}; false when another registration landed since. */
    public boolean replace(Handle h, Expert e, long readVersion) {
        return h.createUpdate("UPDATE expert SET expert_json = :json, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .bind("json", json(e))
                .bind("id", e.id())
                .bind("version", readVersion)
                .execute() == 1;
    }

    /** The canonical JSON of an expert record: what is stored and what a registration's audit entry names. */
    public static String json(Expert e) {
        return new String(CanonicalJson.bytes(tree(e)), StandardCharsets.UTF_8);
    }

    public static ObjectNode tree(Expert e) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", e.id());
        ArrayNode fields = node.putArray("fields");
        e.fields().forEach(fields::add);
        node.put("titleLevel", e.titleLevel().name());
        e.employerCreditCode().ifPresent(c -> node.put("employerCreditCode", c));
        ArrayNode relations = node.putArray("relations");
        e.relations().forEach(r -> relations.addObject().put("idNumber", r.idNumber())
                .put("kinship", r.kinship().name()));
        return node;
    }

    static Expert read(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeSet<String> fields = new TreeSet<>();
        n.get("fields").forEach(f -> fields.add(f.asText()));
        List<Relation> relations = new ArrayList<>();
        n.get("relations").forEach(r -> relations.add(new Relation(r.get("idNumber").asText(),
                Kinship.valueOf(r.get("kinship").asText()))));
        Optional<String> employer = n.has("employerCreditCode") ? Optional.of(n.get("employerCreditCode").asText())
                : Optional.empty();
        return new Expert(n.get("id").asText(), fields, Level.valueOf(n.get("titleLevel").asText()), employer,
                relations);
    }
}
