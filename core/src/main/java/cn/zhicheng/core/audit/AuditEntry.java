package cn.zhicheng.core.audit;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.wire.WireReader;

/**
 * One entry of the audit chain: its number in the chain, the act it records, the hash of the entry before it (64
 * zeros for the first, {@link AuditChain#GENESIS}) and its own hash, the SHA-256 of its {@link Link} — everything but
 * the hash itself. An entry read back from storage may have been tampered with: {@link #intact()} says whether its
 * hash still matches what it says, and {@link AuditChain#verify} names the first entry that does not.
 */
public record AuditEntry(long sequence, Act act, String previousHash, String hash) {

    public AuditEntry {
        requireNonNull(act, "act is null");
        if (sequence < 1) {
            throw new IllegalArgumentException("entries are numbered from 1, not " + sequence);
        }
        if (!WireReader.isSha256(previousHash) || !WireReader.isSha256(hash)) {
            throw new IllegalArgumentException("an entry's hashes are SHA-256 digests");
        }
    }

    /** SHA-256 of the canonical JSON of the act: what the entry says. */
    public String contentSha256() {
        return CanonicalJson.sha256(AuditJson.act(act));
    }

    /** The link this entry forms in the chain, computed from what it says now. */
    public Link link() {
        return new Link(sequence, previousHash, Link.subjectSha256(act.subject()), contentSha256());
    }

    /** Whether the stored hash is still the hash of what the entry says. */
    public boolean intact() {
        return hash.equals(link().hash());
    }
}
