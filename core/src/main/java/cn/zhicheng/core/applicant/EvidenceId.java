package cn.zhicheng.core.applicant;

import cn.zhicheng.core.text.Utf8Encoder;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Evidence identities. A piece of evidence keeps the id given in the file; without one it gets an id derived from
 * its content (kind prefix and the first 40 bits of a SHA-256 over its fields), so the same evidence has the same id
 * in every run and however the list is ordered. Findings, reviewers' verdicts and audit entries cite these ids.
 *
 * <p>The hashed bytes are the UTF-8 encoding (unpaired surrogates as {@code ?}, as {@link String#getBytes} writes
 * them) of the prefix and each field, a unit separator (U+001F) before every field. They are encoded straight into
 * a buffer of the thread's own, without a joined string in between: every applicant file read makes several ids.
 */
public final class EvidenceId {

    /** What a given id may look like. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private static final byte SEPARATOR = 0x1f;
    private static final int ID_BYTES = 5;
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * A digest per thread, with the buffers it reads and writes: looking the algorithm up again for every piece of
     * evidence cost more than hashing it.
     */
    private static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(Hasher::new);

    private EvidenceId() {
    }

    /** The given id, or one derived from {@code parts} under {@code prefix}. */
    public static String of(String given, String prefix, Object... parts) {
        if (given != null) {
            return given;
        }
        Hasher h = HASHER.get();
        h.length = 0;
        h.append(prefix);
        for (Object part : parts) {
            h.separator();
            if (part instanceof java.math.BigDecimal d) {
                h.append(d.toPlainString());
            } else if (part instanceof java.util.Optional<?> o) {
                h.appendValue(o.isPresent() ? o.get() : "");
            } else {
                h.appendValue(part);
            }
        }
        return h.id(prefix);
    }

    /** The digest of one thread and the bytes it hashes; used by one call at a time. */
    private static final class Hasher {

        private final MessageDigest sha256;
        private final byte[] digest = new byte[32];
        private byte[] bytes = new byte[256];
        private int length;

        Hasher() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java platform", e);
            }
        }

        void separator() {
            room(1);
            bytes[length++] = SEPARATOR;
        }

        /**
         * Appends {@link String#valueOf} of {@code v} in UTF-8: a date of a four-digit year and a non-negative
         * integer are written digit by digit, the same bytes without the string.
         */
        void appendValue(Object v) {
            if (v instanceof String s) {
                append(s);
            } else if (v instanceof LocalDate d && d.getYear() >= 0 && d.getYear() <= 9999) {
                room(10);
                digits(d.getYear(), 4);
                bytes[length++] = '-';
                digits(d.getMonthValue(), 2);
                bytes[length++] = '-';
                digits(d.getDayOfMonth(), 2);
            } else if (v instanceof Integer i && i >= 0) {
                room(10);
                int n = 1;
                for (int rest = i / 10; rest > 0; rest /= 10) {
                    n++;
                }
                digits(i, n);
            } else {
                append(String.valueOf(v));
            }
        }

        /** {@code v} in exactly {@code n} decimal digits, zeros before it; room has been made. */
        private void digits(int v, int n) {
            for (int i = length + n - 1; i >= length; i--) {
                bytes[i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            length += n;
        }

        /** Appends {@code s} in UTF-8 as {@link String#getBytes} encodes it. */
        void append(String s) {
            room(Utf8Encoder.MOST_BYTES_PER_CHAR * s.length());
            length = Utf8Encoder.encode(s, bytes, length);
        }

        private void room(int more) {
            if (bytes.length - length < more) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
            }
        }

        /** {@code prefix-} and the first {@value #ID_BYTES} bytes of the digest in lower-case hex. */
        String id(String prefix) {
            sha256.update(bytes, 0, length);
            try {
                sha256.digest(digest, 0, digest.length);
            } catch (DigestException e) {
                throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
            }
            if (bytes.length > 1 << 16) {
                bytes = new byte[256]; // a long field once does not keep a large buffer alive on the thread
            }
            char[] id = new char[prefix.length() + 1 + 2 * ID_BYTES];
            prefix.getChars(0, prefix.length(), id, 0);
            int at = prefix.length();
            id[at++] = '-';
            for (int i = 0; i < ID_BYTES; i++) {
                id[at++] = (char) HEX[digest[i] >> 4 & 0xf];
                id[at++] = (char) HEX[digest[i] & 0xf];
            }
            return new String(id);
        }
    }
}
