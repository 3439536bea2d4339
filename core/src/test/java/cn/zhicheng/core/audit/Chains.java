package cn.zhicheng.core.audit;

import cn.zhicheng.core.policy.Clause;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Chains of audit entries for tests: acts on a few applications, interleaved as a busy office would make them. */
final class Chains {

    static final Instant START = Instant.parse("2026-05-01T01:00:00Z");

    private Chains() {
    }

    /** Entry n acts on application {@code A-(n % subjects)}; every third act is refused, every fourth decides a document. */
    static List<AuditEntry> chain(int length, int subjects) {
        List<AuditEntry> chain = new ArrayList<>();
        Optional<AuditEntry> head = Optional.empty();
        for (int n = 1; n <= length; n++) {
            AuditEntry e = AuditChain.append(head, act(n, "A-" + (n % subjects)));
            chain.add(e);
            head = Optional.of(e);
        }
        return chain;
    }

    static Act act(int n, String subject) {
        boolean refused = n % 3 == 0;
        return new Act(subject, new Actor("expert-" + String.format("%04d", n % 37), "EXPERT"),
                refused ? "review.vote" : "application.advance", Clause.notice(refused ? "六(四)" : "六(三)"),
                START.plusSeconds(60L * n), Optional.of("STAGE_" + n), Optional.of("STAGE_" + (n + 1)),
                n % 4 == 0 ? Optional.of(new Document.Digest("decision", "ab".repeat(32))) : Optional.empty(),
                refused ? Outcome.refused("review.quorumNotMet") : Outcome.done());
    }

    /** The entry with one byte of its stored form changed: the byte after the first {@code marker}, plus one. */
    static AuditEntry withOneByteChanged(AuditEntry entry, String marker) {
        byte[] stored = AuditJson.bytes(entry);
        String text = new String(stored, StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException(marker + " not in " + text);
        }
        int index = text.substring(0, at + marker.length()).getBytes(StandardCharsets.UTF_8).length;
        stored[index]++;
        return AuditJson.read(stored);
    }
}
