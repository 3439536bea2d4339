package cn.zhicheng.core.decision;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Outcome;
import cn.zhicheng.core.eligibility.Score;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.policy.Title;
import cn.zhicheng.core.wire.WireReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link DecisionRecord} in canonical JSON and back. Absent optionals are left out; every list is written, empty
 * or not; facts are plain JSON values, message arguments typed ({@link MessageArgs}).
 */
public final class DecisionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private DecisionJson() {
    }

    /** The canonical bytes: what is hashed, stored, signed and served. */
    public static byte[] bytes(DecisionRecord record) {
        return CanonicalJson.bytes(tree(record));
    }

    public static ObjectNode tree(DecisionRecord r) {
        ObjectNode node = NODES.objectNode();
        node.put("schema", r.schema());
        node.put("engine", r.engine());
        node.put("inputSha256", r.inputSha256());
        ObjectNode pin = node.putObject("ruleSet");
        pin.put("annexId", r.ruleSet().annexId());
        pin.put("version", r.ruleSet().version());
        pin.put("document", r.ruleSet().document());
        pin.put("effectiveFrom", r.ruleSet().effectiveFrom().toString());
        pin.put("criteriaSha256", r.ruleSet().criteriaSha256());
        // only under an overlay: a decision made without one has no such key, so its bytes are as they were
        r.overlay().ifPresent(o -> node.set("overlay", overlay(o)));
        ObjectNode field = node.putObject("field");
        field.put("code", r.field().code());
        field.set("name", text(r.field().name()));
        field.put("series", r.field().series().name());
        field.put("annex", r.field().annex());
        node.put("level", r.level().name());
        node.put("title", r.title().name());
        node.put("asOf", r.asOf().toString());
        node.put("cutOff", r.cutOff().toString());
        node.put("verdict", r.verdict().name());
        r.earliestEligible().ifPresent(d -> node.put("earliestEligible", d.toString()));
        ArrayNode channels = node.putArray("greenChannels");
        r.greenChannels().forEach(c -> channels.add(c.name()));
        ArrayNode missing = node.putArray("missing");
        r.missing().forEach(m -> missing.add(MessageArgs.message(m)));
        node.put("provisional", r.provisional());
        ArrayNode findings = node.putArray("findings");
        r.findings().forEach(f -> findings.add(finding(f)));
        ObjectNode score = node.putObject("score");
        score.put("total", r.score().total());
        ArrayNode lines = score.putArray("lines");
        for (Score.Line line : r.score().lines()) {
            ObjectNode l = lines.addObject();
            l.put("id", line.id());
            l.put("clause", line.clause().ref());
            l.set("message", MessageArgs.message(line.message()));
            l.put("points", line.points());
            l.put("provisional", line.provisional());
        }
        return node;
    }

    /**
     * Reads a record back; a malformed or foreign document (duplicate keys included) is refused with the path of
     * the first problem.
     */
    public static DecisionRecord read(byte[] json) {
        return read(WireReader.parse(json));
    }

    public static DecisionRecord read(WireReader in) {
        int schema = (int) in.number("schema");
        if (schema != DecisionRecord.SCHEMA) {
            throw new IllegalArgumentException("schema " + schema + " is not supported (supported: "
                    + DecisionRecord.SCHEMA + ")");
        }
        WireReader pin = in.object("ruleSet");
        WireReader field = in.object("field");
        return new DecisionRecord(schema, in.text("engine"), in.text("inputSha256"),
                new RuleSetPin(pin.text("annexId"), pin.text("version"), pin.text("document"),
                        pin.date("effectiveFrom"), pin.text("criteriaSha256")),
                new DecisionRecord.FieldRef(field.text("code"), field.bilingual("name"),
                        field.term("series", Series.class), field.text("annex")),
                in.term("level", Level.class), in.term("title", Title.class), in.date("asOf"), in.date("cutOff"),
                in.term("verdict", Verdict.class), in.optionalDate("earliestEligible"),
                in.list("greenChannels", (x, p) -> WireReader.term(x, p, GreenChannel.class)),
                in.list("missing", MessageArgs::message), in.bool("provisional"),
                in.list("findings", DecisionJson::finding),
                score(in.object("score")),
                in.optional("overlay").map(x -> overlay(new WireReader(x, in.at("overlay")))));
    }

    private static ObjectNode overlay(OverlayPin o) {
        ObjectNode node = NODES.objectNode();
        node.put("id", o.id());
        node.put("association", o.association());
        node.put("version", o.version());
        node.put("document", o.document());
        node.put("effectiveFrom", o.effectiveFrom().toString());
        node.put("sha256", o.sha256());
        node.put("criteriaSha256", o.criteriaSha256());
        ArrayNode raised = node.putArray("raised");
        o.raised().forEach(raised::add);
        if (!o.added().isEmpty()) {
            // only when the overlay adds achievements: the pins of overlays that only raise are as they were
            ArrayNode added = node.putArray("added");
            o.added().forEach(added::add);
        }
        return node;
    }

    private static OverlayPin overlay(WireReader in) {
        return new OverlayPin(in.text("id"), in.text("association"), in.text("version"), in.text("document"),
                in.date("effectiveFrom"), in.text("sha256"), in.text("criteriaSha256"),
                in.list("raised", WireReader::text),
                in.optional("added").isPresent() ? in.list("added", WireReader::text) : List.of());
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = NODES.objectNode();
        node.put("rule", f.rule());
        ArrayNode clauses = node.putArray("clauses");
        f.clauses().forEach(c -> clauses.add(c.ref()));
        node.put("outcome", f.outcome().name());
        node.set("facts", WireJson.MAPPER.valueToTree(f.facts()));
        node.set("message", MessageArgs.message(f.message()));
        f.exception().ifPresent(c -> node.put("exception", c.name()));
        f.passesOn().ifPresent(d -> node.put("passesOn", d.toString()));
        node.put("provisional", f.provisional());
        ArrayNode evidence = node.putArray("evidence");
        f.evidence().forEach(evidence::add);
        ArrayNode children = node.putArray("children");
        f.children().forEach(c -> children.add(finding(c)));
        return node;
    }

    private static Finding finding(JsonNode n, String path) {
        WireReader in = new WireReader(n, path);
        Map<String, Object> facts = new LinkedHashMap<>();
        JsonNode factsNode = in.node("facts");
        for (Iterator<Map.Entry<String, JsonNode>> it = factsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            facts.put(e.getKey(), fact(e.getValue(), path + ".facts." + e.getKey()));
        }
        return new Finding(in.text("rule"), in.list("clauses", (x, p) -> new Clause(WireReader.text(x, p))),
                in.term("outcome", Outcome.class), facts, MessageArgs.message(in.node("message"), path + ".message"),
                in.optional("exception").map(x -> WireReader.term(x, in.at("exception"), GreenChannel.class)),
                in.optionalDate("passesOn"), in.bool("provisional"), in.list("children", DecisionJson::finding),
                in.list("evidence", WireReader::text));
    }

    private static Object fact(JsonNode v, String path) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                list.add(fact(v.get(i), path + "[" + i + "]"));
            }
            return list;
        }
        throw new IllegalArgumentException(path + ": a fact is text, a number, a boolean or a list");
    }

    private static Score score(WireReader in) {
        List<Score.Line> lines = in.list("lines", (x, p) -> {
            WireReader l = new WireReader(x, p);
            return new Score.Line(l.text("id"), new Clause(l.text("clause")),
                    MessageArgs.message(l.node("message"), p + ".message"), (int) l.number("points"),
                    l.bool("provisional"));
        });
        return new Score(lines, (int) in.number("total"));
    }

    private static ObjectNode text(Text t) {
        ObjectNode node = NODES.objectNode();
        node.put("zh", t.zh());
        node.put("en", t.en());
        return node;
    }
}
