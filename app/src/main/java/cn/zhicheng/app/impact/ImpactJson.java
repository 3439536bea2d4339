package cn.zhicheng.app.impact;

import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.Refusals;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Text;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * An impact as canonical JSON (core {@link CanonicalJson}): the same content as the text, every message in Chinese
 * and English, changes in input order, so the same input gives the same bytes.
 */
public final class ImpactJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ImpactJson() {
    }

    public static byte[] bytes(Impact impact) {
        ObjectNode n = JSON.objectNode();
        n.put("field", impact.field());
        n.put("asOf", impact.asOf().toString());
        n.put("cutOff", impact.cutOff().toString());
        n.set("inForce", ruleSet(impact.inForce()));
        n.set("proposed", ruleSet(impact.proposed()));
        ArrayNode changes = n.putArray("changes");
        for (Impact.Change c : impact.changes()) {
            ObjectNode x = changes.addObject();
            x.put("where", c.where());
            x.put("name", c.name());
            x.put("idNumber", c.maskedIdNumber());
            x.put("level", c.level().name());
            x.put("kind", c.kind().name());
            x.set("before", side(c.before()));
            x.set("after", side(c.after()));
            ArrayNode findings = x.putArray("findings");
            for (Impact.FindingChange f : c.findings()) {
                ObjectNode y = findings.addObject();
                y.put("rule", f.rule());
                ArrayNode clauses = y.putArray("clauses");
                f.after().or(f::before).orElseThrow().clauses().stream().map(Clause::ref).forEach(clauses::add);
                y.set("before", finding(f.before()));
                y.set("after", finding(f.after()));
            }
        }
        ArrayNode tallies = n.putArray("summary");
        for (Impact.Tally t : impact.tallies()) {
            ObjectNode x = tallies.addObject();
            x.put("field", impact.field());
            x.put("level", t.level().name());
            x.put("decided", t.decided());
            x.put("unchanged", t.unchanged());
            x.put("becameEligible", t.becameEligible());
            x.put("becameNotEligible", t.becameNotEligible());
            x.put("otherChanges", t.other());
        }
        ArrayNode skipped = n.putArray("skipped");
        for (Impact.Skipped s : impact.skipped()) {
            ObjectNode x = skipped.addObject();
            x.put("where", s.where());
            ArrayNode problems = x.putArray("problems");
            for (InputProblem p : s.problems()) {
                ObjectNode y = problems.addObject();
                y.put("source", p.source());
                y.put("line", p.line());
                y.put("path", p.path());
                y.set("message", text(Refusals.both(p.refusal())));
            }
        }
        return CanonicalJson.bytes(n);
    }

    private static ObjectNode ruleSet(RuleSet r) {
        ObjectNode n = JSON.objectNode();
        n.put("annex", r.annexId());
        n.put("version", r.version());
        n.put("effectiveFrom", r.effectiveFrom().toString());
        n.put("sha256", r.sha256());
        return n;
    }

    private static ObjectNode side(DecisionRecord d) {
        ObjectNode n = JSON.objectNode();
        n.put("verdict", d.verdict().name());
        d.earliestEligible().ifPresent(date -> n.put("earliestEligible", date.toString()));
        n.put("ruleSetVersion", d.ruleSet().version());
        return n;
    }

    private static ObjectNode finding(Optional<Finding> f) {
        ObjectNode n = JSON.objectNode();
        if (f.isEmpty()) {
            n.putNull("outcome");
            return n;
        }
        n.put("outcome", f.get().outcome().name());
        n.set("message", text(message(f.get().message())));
        return n;
    }

    private static Text message(Message m) {
        return new Text(Messages.render(m, Messages.ZH), Messages.render(m, Messages.EN));
    }

    private static ObjectNode text(Text t) {
        ObjectNode n = JSON.objectNode();
        n.put("zh", t.zh());
        n.put("en", t.en());
        return n;
    }
}
