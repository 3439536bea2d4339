package cn.zhicheng.core.audit;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.wire.WireReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The complete trace of one subject (an application), for 七(二)'s 追溯倒查 by someone outside the system.
 *
 * <p>Why it carries links: a subject's entries are a subsequence of the one chain, interleaved with other
 * applications' entries, so its own entries alone do not link up. The trace therefore carries, in full, every
 * entry of the subject from its first to its last, and between them every other entry by its {@link Link} only —
 * number, previous hash, subject digest and content digest, nothing another applicant could be recognised by. An
 * entry's hash is the hash of its link, so a verifier recomputes every hash in the span, checks that each names the
 * one before it, and that no number is skipped or repeated. A link whose subject digest is this subject's would be
 * one of its own entries with its content held back: that is refused ({@link Verification.Problem#WITHHELD}). So,
 * without the database, a third party can tell that the entries shown are unaltered and that none of the subject's
 * entries between the first and the last was left out. What lies after the last entry is outside the trace: a
 * {@link Checkpoint} of the whole chain speaks for that.
 */
public record Trace(String subject, List<AuditEntry> entries, List<Link> links) {

    /** Names the document's kind, so a trace is never mistaken for another JSON document. */
    public static final String FORMAT = "zhicheng.audit.trace";
    public static final int SCHEMA = 1;

    /** Indents the lines that belong to the entry above them. */
    private static final String DETAIL = "    ";

    public Trace {
        requireNonNull(subject, "subject is null");
        entries = List.copyOf(entries);
        links = List.copyOf(links);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a trace holds at least one entry of its subject");
        }
    }

    /**
     * The trace of {@code subject} cut from a run of consecutive chain entries (the whole chain, or any segment that
     * covers the subject's first to last entry).
     */
    public static Trace of(String subject, List<AuditEntry> chain) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).act().subject().equals(subject)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            throw new IllegalArgumentException("the chain holds no entry of " + subject);
        }
        List<AuditEntry> own = new ArrayList<>();
        List<Link> others = new ArrayList<>();
        for (AuditEntry e : chain.subList(first, last + 1)) {
            if (e.act().subject().equals(subject)) {
                own.add(e);
            } else {
                others.add(e.link());
            }
        }
        return new Trace(subject, own, others);
    }

    /** The canonical JSON of the trace: what is handed to a third party. */
    public byte[] json() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode node = nodes.objectNode();
        node.put("format", FORMAT);
        node.put("schema", SCHEMA);
        node.put("subject", subject);
        ArrayNode own = node.putArray("entries");
        entries.forEach(e -> own.add(AuditJson.tree(e)));
        ArrayNode others = node.putArray("links");
        links.forEach(l -> others.add(l.tree()));
        return CanonicalJson.bytes(node);
    }

    /** Reads a trace back; a malformed document is refused with the path of the first problem. */
    public static Trace read(byte[] json) {
        WireReader in = WireReader.parse(json);
        if (!FORMAT.equals(in.text("format"))) {
            throw new IllegalArgumentException("format: not an audit trace");
        }
        if (in.number("schema") != SCHEMA) {
            throw new IllegalArgumentException("schema: " + in.number("schema") + " is not supported (supported: "
                    + SCHEMA + ")");
        }
        return new Trace(in.text("subject"),
                in.list("entries", (n, p) -> AuditJson.read(new WireReader(n, p))),
                in.list("links", (n, p) -> Link.read(new WireReader(n, p))));
    }

    /** Checks an exported trace on its own, without the database: see the class comment for what that proves. */
    public static Verification verify(byte[] json) {
        Trace trace;
        try {
            trace = read(json);
        } catch (IllegalArgumentException e) {
            return new Verification.Broken(Verification.Problem.MALFORMED, 0,
                    Message.of(Verification.Problem.MALFORMED.key(), e.getMessage()));
        }
        return trace.verify();
    }

    /** Checks this trace's entries and links, in chain order. */
    public Verification verify() {
        String own = Link.subjectSha256(subject);
        long previousNumber = 0;
        for (AuditEntry e : entries) {
            if (e.sequence() <= previousNumber) {
                return Verification.Broken.at(Verification.Problem.OUT_OF_ORDER, previousNumber, e.sequence());
            }
            previousNumber = e.sequence();
            if (!e.act().subject().equals(subject)) {
                return Verification.Broken.at(Verification.Problem.FOREIGN, e.sequence());
            }
            if (!e.intact()) {
                return Verification.Broken.at(Verification.Problem.CHANGED, e.sequence());
            }
        }
        TreeMap<Long, Link> span = new TreeMap<>();
        entries.forEach(e -> span.put(e.sequence(), e.link()));
        for (Link l : links) {
            if (l.subjectSha256().equals(own)) {
                return Verification.Broken.at(Verification.Problem.WITHHELD, l.sequence());
            }
            if (span.putIfAbsent(l.sequence(), l) != null) {
                return Verification.Broken.at(Verification.Problem.FORKED, l.sequence());
            }
        }
        long expected = span.firstKey();
        String previous = null;
        for (Link l : span.values()) {
            if (l.sequence() != expected) {
                return Verification.Broken.at(Verification.Problem.MISSING, expected);
            }
            if (previous != null && !l.previousHash().equals(previous)) {
                return Verification.Broken.at(Verification.Problem.LINK_BROKEN, l.sequence(), l.sequence() - 1);
            }
            previous = l.hash();
            expected++;
        }
        return new Verification.Intact(entries.size(), previous);
    }

    /** The trace as readable text in one language; actors' ids are masked, other applications not shown. */
    public String text(Locale locale) {
        StringBuilder out = new StringBuilder();
        line(out, locale, Message.of("audit.trace.heading", subject, Integer.toString(entries.size()),
                Long.toString(entries.get(0).sequence()), Long.toString(entries.get(entries.size() - 1).sequence()),
                Integer.toString(links.size())));
        for (AuditEntry e : entries) {
            Act a = e.act();
            String transition = a.before().orElse("—") + " → " + a.after().orElse("—");
            Message outcome = a.outcome() instanceof Outcome.Refused r
                    ? Message.of("audit.trace.refused", r.key()) : Message.of("audit.trace.done");
            line(out, locale, Message.of("audit.trace.entry", Long.toString(e.sequence()), a.at().toString(),
                    a.actor().role(), a.actor().maskedId(), a.act(), a.clause().ref(), transition, outcome));
            a.document().ifPresent(d -> line(out.append(DETAIL), locale,
                    Message.of("audit.trace.document", d.kind(), d.sha256())));
            line(out.append(DETAIL), locale, Message.of("audit.trace.hash", e.previousHash(), e.hash()));
        }
        line(out, locale, verify().message());
        return out.toString();
    }

    private static void line(StringBuilder out, Locale locale, Message message) {
        out.append(Messages.render(message, locale)).append('\n');
    }
}
