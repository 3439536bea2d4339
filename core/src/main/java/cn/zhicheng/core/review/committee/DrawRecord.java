package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A {@link DrawResult} in canonical JSON and back: what the audit export carries so that anyone can run the draw
 * again and compare (七(三); {@link Draw#reproduces}). It names the algorithm and the seed, the session and its
 * applicants, the candidate pool in canonical order, the committee in draw order and every exclusion with its
 * reason key and arguments. It holds ID numbers (the applicants' and the declared relatives'), without which the
 * recusals could not be checked again: it is an audit record, not a public one.
 */
public final class DrawRecord {

    /** The shape of the record; a change of shape raises it. */
    public static final int SCHEMA = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private DrawRecord() {
    }

    public static byte[] bytes(DrawResult r) {
        return CanonicalJson.bytes(tree(r));
    }

    public static String sha256(DrawResult r) {
        return CanonicalJson.sha256(tree(r));
    }

    public static ObjectNode tree(DrawResult r) {
        ObjectNode node = NODES.objectNode();
        node.put("schema", SCHEMA);
        node.put("algorithm", r.seed().algorithm());
        node.put("seed", r.seed().seed());
        ObjectNode session = node.putObject("session");
        session.put("id", r.session().sessionId());
        session.put("field", r.session().field());
        session.put("level", r.session().level().name());
        session.put("committeeSize", r.size().members());
        ArrayNode applications = session.putArray("applications");
        for (Applicant a : r.session().applications()) {
            ObjectNode n = applications.addObject();
            n.put("id", a.applicationId());
            n.put("idNumber", a.idNumber());
            a.employerCreditCode().ifPresent(c -> n.put("employerCreditCode", c));
        }
        ArrayNode candidates = node.putArray("candidates");
        for (Expert e : r.candidates()) {
            ObjectNode n = candidates.addObject();
            n.put("id", e.id());
            ArrayNode fields = n.putArray("fields");
            e.fields().forEach(fields::add);
            n.put("titleLevel", e.titleLevel().name());
            e.employerCreditCode().ifPresent(c -> n.put("employerCreditCode", c));
            ArrayNode relations = n.putArray("relations");
            for (Relation rel : e.relations()) {
                relations.addObject().put("idNumber", rel.idNumber()).put("kinship", rel.kinship().name());
            }
        }
        ArrayNode committee = node.putArray("committee");
        r.committee().forEach(committee::add);
        ArrayNode exclusions = node.putArray("exclusions");
        for (Exclusion x : r.exclusions()) {
            ObjectNode n = exclusions.addObject();
            n.put("expert", x.expertId());
            x.applicationId().ifPresent(a -> n.put("application", a));
            n.put("key", x.reason().key());
            ArrayNode args = n.putArray("args");
            for (Object a : x.reason().args()) {
                if (a instanceof Enum<?> e) {
                    args.add(e.name());
                } else {
                    args.add(String.valueOf(a));
                }
            }
            ArrayNode clauses = n.putArray("clauses");
            x.clauses().forEach(c -> clauses.add(c.ref()));
        }
        return node;
    }

    /** Reads a record back; refuses one of another shape, or one that is incomplete, naming what is wrong. */
    public static DrawResult read(JsonNode node) {
        if (node.path("schema").asInt(-1) != SCHEMA) {
            throw new IllegalArgumentException("a draw record of schema " + SCHEMA + " is expected");
        }
        JsonNode s = required(node, "session");
        List<Applicant> applications = new ArrayList<>();
        for (JsonNode a : required(s, "applications")) {
            applications.add(new Applicant(text(a, "id"), text(a, "idNumber"),
                    optional(a, "employerCreditCode")));
        }
        Level level = Level.valueOf(text(s, "level"));
        Session session = new Session(text(s, "id"), text(s, "field"), level, applications);
        List<Expert> candidates = new ArrayList<>();
        for (JsonNode e : required(node, "candidates")) {
            TreeSet<String> fields = new TreeSet<>();
            required(e, "fields").forEach(f -> fields.add(f.asText()));
            List<Relation> relations = new ArrayList<>();
            required(e, "relations").forEach(r -> relations.add(
                    new Relation(text(r, "idNumber"), Kinship.valueOf(text(r, "kinship")))));
            candidates.add(new Expert(text(e, "id"), fields, Level.valueOf(text(e, "titleLevel")),
                    optional(e, "employerCreditCode"), relations));
        }
        List<String> committee = new ArrayList<>();
        required(node, "committee").forEach(c -> committee.add(c.asText()));
        List<Exclusion> exclusions = new ArrayList<>();
        for (JsonNode x : required(node, "exclusions")) {
            List<Clause> clauses = new ArrayList<>();
            required(x, "clauses").forEach(c -> clauses.add(new Clause(c.asText())));
            exclusions.add(new Exclusion(text(x, "expert"), optional(x, "application"),
                    reason(text(x, "key"), required(x, "args")), clauses));
        }
        return new DrawResult(session, new CommitteeSize(level, required(s, "committeeSize").intValue()),
                new DrawSeed(text(node, "algorithm"), required(node, "seed").longValue()), candidates, committee,
                exclusions);
    }

    /** A reason read back with its arguments typed again, so it renders as it did when the draw was made. */
    private static Message reason(String key, JsonNode args) {
        List<Object> values = new ArrayList<>();
        args.forEach(a -> values.add(a.textValue()));
        switch (key) {
            case "committee.recusal.kinship" -> values.set(2, Kinship.valueOf((String) values.get(2)));
            case "committee.ineligible.level" -> {
                values.set(1, Level.valueOf((String) values.get(1)));
                values.set(2, Level.valueOf((String) values.get(2)));
            }
            default -> {
                // the other reasons carry ids and codes only
            }
        }
        return new Message(key, values);
    }

    private static JsonNode required(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("a draw record needs '" + name + "'");
        }
        return v;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = required(node, name);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("'" + name + "' of a draw record is a text");
        }
        return v.textValue();
    }

    private static Optional<String> optional(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.textValue());
    }
}
