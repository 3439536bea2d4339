package cn.zhicheng.core.audit;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.wire.WireReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Audit entries in canonical JSON and back: the form entries are stored in and traces carry. Reading checks the
 * shape only (naming the path of the first problem); whether the content still matches its hash is
 * {@link AuditChain#verify}'s question, so that a tampered entry is reported as changed, not as unreadable.
 */
public final class AuditJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private AuditJson() {
    }

    /** The canonical bytes of an entry as stored. */
    public static byte[] bytes(AuditEntry entry) {
        return CanonicalJson.bytes(tree(entry));
    }

    public static AuditEntry read(byte[] json) {
        return read(WireReader.parse(json));
    }

    static ObjectNode tree(AuditEntry e) {
        ObjectNode node = NODES.objectNode();
        node.put("sequence", e.sequence());
        node.put("previousHash", e.previousHash());
        node.set("act", act(e.act()));
        node.put("hash", e.hash());
        return node;
    }

    static AuditEntry read(WireReader in) {
        long sequence = in.number("sequence");
        if (sequence < 1) {
            throw new IllegalArgumentException(in.at("sequence") + " must be 1 or more");
        }
        return new AuditEntry(sequence, act(in.object("act")), in.sha256("previousHash"), in.sha256("hash"));
    }

    static ObjectNode act(Act a) {
        ObjectNode node = NODES.objectNode();
        node.put("subject", a.subject());
        ObjectNode actor = node.putObject("actor");
        actor.put("id", a.actor().id());
        actor.put("role", a.actor().role());
        node.put("act", a.act());
        node.put("clause", a.clause().ref());
        node.put("at", a.at().toString());
        a.before().ifPresent(s -> node.put("before", s));
        a.after().ifPresent(s -> node.put("after", s));
        a.document().ifPresent(d -> {
            ObjectNode doc = node.putObject("document");
            doc.put("kind", d.kind());
            doc.put("sha256", d.sha256());
            if (d instanceof Document.Embedded embedded) {
                doc.set("json", parse(embedded.canonicalJson()));
            }
        });
        ObjectNode outcome = node.putObject("outcome");
        if (a.outcome() instanceof Outcome.Refused refused) {
            outcome.put("status", "REFUSED");
            outcome.put("key", refused.key());
        } else {
            outcome.put("status", "DONE");
        }
        return node;
    }

    private static Act act(WireReader in) {
        WireReader actor = in.object("actor");
        String clause = in.text("clause");
        if (clause.isBlank()) {
            throw new IllegalArgumentException(in.at("clause") + " is blank");
        }
        return new Act(in.text("subject"), new Actor(actor.text("id"), actor.text("role")), in.text("act"),
                new Clause(clause), in.instant("at"), in.optionalText("before"), in.optionalText("after"),
                in.optionalObject("document").map(AuditJson::document), outcome(in.object("outcome")));
    }

    private static Document document(WireReader in) {
        String kind = in.text("kind");
        Optional<JsonNode> json = in.optional("json");
        if (json.isPresent()) {
            // the embedded document's digest is recomputed; a stored digest that disagrees changes the entry's hash
            return new Document.Embedded(kind, new String(CanonicalJson.bytes(json.get()), StandardCharsets.UTF_8));
        }
        return new Document.Digest(kind, in.sha256("sha256"));
    }

    private static Outcome outcome(WireReader in) {
        String status = in.text("status");
        return switch (status) {
            case "DONE" -> Outcome.done();
            case "REFUSED" -> Outcome.refused(in.text("key"));
            default -> throw new IllegalArgumentException(in.at("status") + " must be DONE or REFUSED");
        };
    }

    private static JsonNode parse(String canonical) {
        return WireReader.parse(canonical.getBytes(StandardCharsets.UTF_8)).node();
    }
}
