package cn.zhicheng.app.store;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** The review rounds (三, 六), each stored as its canonical JSON beside its id and year. */
public final class Rounds {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public void save(Handle h, Round round) {
        h.createUpdate("INSERT INTO review_round (id, round_year, round_json) VALUES (:id, :year, :json)")
                .bind("id", round.id())
                .bind("year", round.year())
                .bind("json", json(round))
                .execute();
    }

    /** The canonical JSON of a round: what is stored, and what the audit entry of its opening embeds. */
    public static String json(Round round) {
        return new String(CanonicalJson.bytes(tree(round)), StandardCharsets.UTF_8);
    }

    /** Every round, in id order. */
    public java.util.List<Round> all(Handle h) {
        return h.createQuery("SELECT round_json FROM review_round ORDER BY id")
                .mapTo(String.class)
                .map(Rounds::read)
                .list();
    }

    public Optional<Round> find(Handle h, String id) {
        return h.createQuery("SELECT round_json FROM review_round WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map(Rounds::read);
    }

    static ObjectNode tree(Round r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", r.id());
        node.put("year", r.year());
        r.fields().stream().sorted().forEach(node.putArray("fields")::add);
        r.levels().stream().sorted().map(Level::name).forEach(node.putArray("levels")::add);
        ObjectNode body = node.putObject("body");
        if (r.body() instanceof RunningBody.DelegatedAssociation a) {
            body.put("association", a.associationId());
            body.put("delegation", a.delegationId());
        }
        node.put("cutOff", r.cutOff().toString());
        node.put("applicationsOpen", r.applicationsOpen().toString());
        node.put("applicationsClose", r.applicationsClose().toString());
        return node;
    }

    static Round read(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> fields = new HashSet<>();
        n.get("fields").forEach(f -> fields.add(f.asText()));
        Set<Level> levels = new HashSet<>();
        n.get("levels").forEach(l -> levels.add(Level.valueOf(l.asText())));
        JsonNode body = n.get("body");
        RunningBody runningBody = body.has("association")
                ? new RunningBody.DelegatedAssociation(body.get("association").asText(),
                        body.get("delegation").asText())
                : new RunningBody.ProvincialOffice();
        return new Round(n.get("id").asText(), n.get("year").asInt(), fields, levels, runningBody,
                LocalDate.parse(n.get("cutOff").asText()), LocalDate.parse(n.get("applicationsOpen").asText()),
                LocalDate.parse(n.get("applicationsClose").asText()));
    }
}
