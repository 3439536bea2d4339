package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The members sign the session's result (七(二): every step traceable): the result is the canonical JSON of its
 * tallies, its SHA-256 is what each member confirms, and a confirmation of any other hash is refused — a member
 * cannot sign a result other than the one the box produced. The signatories are the members present.
 */
public record ResultConfirmation(String sessionId, String resultSha256, SortedSet<String> signatories,
                                 List<Confirmation> confirmations) {

    static final List<Clause> CLAUSES = List.of(Clause.notice("七(二)"), Clause.decision(7));
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** One member's confirmation of the result's hash. */
    public record Confirmation(String member, String resultSha256) {
    }

    public ResultConfirmation {
        signatories = Collections.unmodifiableSortedSet(new TreeSet<>(signatories));
        confirmations = confirmations.stream().sorted(Comparator.comparing(Confirmation::member)).toList();
    }

    /** The result of a closed box, awaiting the signatures of the members present. */
    public static ResultConfirmation of(String sessionId, BallotBox closed) {
        return new ResultConfirmation(sessionId, CanonicalJson.sha256(result(sessionId, closed.tallies())),
                closed.attendance().present(), List.of());
    }

    /** The session's result in canonical form: its tallies in application order, each with its clauses. */
    public static ObjectNode result(String sessionId, List<Tally> tallies) {
        ObjectNode node = NODES.objectNode();
        node.put("schema", 1);
        node.put("session", sessionId);
        ArrayNode array = node.putArray("tallies");
        tallies.stream().sorted(Comparator.comparing(Tally::applicationId)).forEach(t -> {
            ObjectNode n = array.addObject();
            n.put("application", t.applicationId());
            n.put("yes", t.yes());
            n.put("no", t.no());
            n.put("abstain", t.abstain());
            n.put("present", t.present());
            n.put("recused", t.recused());
            n.put("passMark", t.passMark());
            n.put("result", t.result().name());
            ArrayNode clauses = n.putArray("clauses");
            t.clauses().forEach(c -> clauses.add(c.ref()));
        });
        return node;
    }

    /** Records a member's confirmation; refused for another hash, a non-signatory or a second confirmation. */
    public ResultConfirmation confirm(String member, String sha256) {
        if (!signatories.contains(member)) {
            throw new Refused(Message.of("committee.confirm.notSignatory", member), CLAUSES);
        }
        if (!resultSha256.equals(sha256)) {
            throw new Refused(Message.of("committee.confirm.otherHash", member, sha256, resultSha256), CLAUSES);
        }
        SortedMap<String, Confirmation> next = new TreeMap<>();
        confirmations.forEach(c -> next.put(c.member(), c));
        if (next.putIfAbsent(member, new Confirmation(member, sha256)) != null) {
            throw new Refused(Message.of("committee.confirm.twice", member), CLAUSES);
        }
        return new ResultConfirmation(sessionId, resultSha256, signatories, List.copyOf(next.values()));
    }

    /** Every present member has confirmed the result. */
    public boolean complete() {
        Set<String> confirmed = new TreeSet<>();
        confirmations.forEach(c -> confirmed.add(c.member()));
        return confirmed.equals(signatories);
    }
}
