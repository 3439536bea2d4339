package cn.zhicheng.core.audit;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.decision.CanonicalJson;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The append-only, hash-chained audit trail of 七(二) (确保每个环节可以追溯倒查). Appending is pure — the head
 * of the chain and the act in, the new entry out — so that app can store the entry in the same transaction as the
 * state change it records (design.md, principle 5). Verifying walks the entries in their stored order and names
 * the first one that is changed, missing, out of order, forked or unlinked.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry that records {@code act} after {@code head} (none: the chain's first entry). */
    public static AuditEntry append(Optional<AuditEntry> head, Act act) {
        requireNonNull(head, "head is null");
        requireNonNull(act, "act is null");
        long sequence = head.map(h -> h.sequence() + 1).orElse(1L);
        String previous = head.map(AuditEntry::hash).orElse(GENESIS);
        Link link = new Link(sequence, previous, Link.subjectSha256(act.subject()),
                CanonicalJson.sha256(AuditJson.act(act)));
        return new AuditEntry(sequence, act, previous, link.hash());
    }

    /** Checks a whole chain, from entry 1, in the order given. */
    public static Verification verify(List<AuditEntry> entries) {
        long expected = 1;
        String previous = GENESIS;
        Map<Long, AuditEntry> seen = new HashMap<>();
        Set<Long> present = new HashSet<>();
        entries.forEach(e -> present.add(e.sequence()));
        for (AuditEntry e : entries) {
            long n = e.sequence();
            if (n < expected) {
                AuditEntry first = seen.get(n);
                return e.equals(first) ? Verification.Broken.at(Verification.Problem.DUPLICATE, n)
                        : Verification.Broken.at(Verification.Problem.FORKED, n);
            }
            if (n > expected) {
                return present.contains(expected)
                        ? Verification.Broken.at(Verification.Problem.OUT_OF_ORDER, n, expected)
                        : Verification.Broken.at(Verification.Problem.MISSING, expected);
            }
            if (!e.intact()) {
                return Verification.Broken.at(Verification.Problem.CHANGED, n);
            }
            if (!e.previousHash().equals(previous)) {
                return Verification.Broken.at(Verification.Problem.LINK_BROKEN, n, n - 1);
            }
            seen.put(n, e);
            previous = e.hash();
            expected++;
        }
        return new Verification.Intact(expected - 1, previous);
    }

    /**
     * Checks a whole chain and that it still reaches a checkpoint taken earlier: an intact chain that stops short of
     * it was cut off, and one whose entry at the checkpoint has another hash was rewritten from some entry on.
     */
    public static Verification verify(List<AuditEntry> entries, Checkpoint checkpoint) {
        Verification result = verify(entries);
        if (!(result instanceof Verification.Intact intact) || checkpoint.sequence() == 0) {
            return result;
        }
        if (intact.entries() < checkpoint.sequence()) {
            return Verification.Broken.at(Verification.Problem.TRUNCATED, intact.entries() + 1,
                    checkpoint.sequence());
        }
        AuditEntry atCheckpoint = entries.get((int) checkpoint.sequence() - 1);
        if (!atCheckpoint.hash().equals(checkpoint.hash())) {
            return Verification.Broken.at(Verification.Problem.DIVERGED, checkpoint.sequence());
        }
        return result;
    }
}
