package cn.zhicheng.core.applicant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Evidence identities. A piece of evidence keeps the id given in the file; without one it gets an id derived from
 * its content (kind prefix and the first 40 bits of a SHA-256 over its fields), so the same evidence has the same id
 * in every run and however the list is ordered. Findings, reviewers' verdicts and audit entries cite these ids.
 */
public final class EvidenceId {

    /** What a given id may look like. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    /** A digest per thread: looking the algorithm up again for every piece of evidence cost more than hashing it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    });

    private EvidenceId() {
    }

    /** The given id, or one derived from {@code parts} under {@code prefix}. */
    public static String of(String given, String prefix, Object... parts) {
        if (given != null) {
            return given;
        }
        StringBuilder joined = new StringBuilder(prefix);
        for (Object part : parts) {
            joined.append('\u001f').append(part instanceof java.math.BigDecimal d ? d.toPlainString()
                    : part instanceof java.util.Optional<?> o ? o.map(String::valueOf).orElse("") : String.valueOf(part));
        }
        byte[] digest = SHA_256.get().digest(joined.toString().getBytes(StandardCharsets.UTF_8));
        return prefix + "-" + HexFormat.of().formatHex(digest, 0, 5);
    }
}
