package cn.zhicheng.core.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Derived evidence ids are cited in findings, verdict sheets and audit entries, so they never change: each is
 * compared here with the id as first defined — the fields joined by U+001F into one string, that string's UTF-8
 * bytes hashed with SHA-256, the first five bytes in lower-case hex.
 */
class EvidenceIdTest {

    /** The definition, written the plain way. */
    private static String defined(String prefix, Object... parts) throws Exception {
        StringBuilder joined = new StringBuilder(prefix);
        for (Object part : parts) {
            joined.append('\u001f').append(part instanceof BigDecimal d ? d.toPlainString()
                    : part instanceof Optional<?> o ? o.map(String::valueOf).orElse("") : String.valueOf(part));
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
        return prefix + "-" + HexFormat.of().formatHex(digest, 0, 5);
    }

    @Test
    void aGivenIdIsKept() {
        assertEquals("my-id", EvidenceId.of("my-id", "edu", Degree.BACHELOR));
    }

    @Test
    void knownIdsStayTheSame() throws Exception {
        assertEquals(defined("edu", Degree.BACHELOR, "工商管理", Optional.of("东北师范大学"), LocalDate.of(2017, 6, 30)),
                EvidenceId.of(null, "edu", Degree.BACHELOR, "工商管理", Optional.of("东北师范大学"),
                        LocalDate.of(2017, 6, 30)));
        assertEquals(defined("title", Series.values()[0], Level.INTERMEDIATE, Optional.empty(), LocalDate.of(2020, 1, 1)),
                EvidenceId.of(null, "title", Series.values()[0], Level.INTERMEDIATE, Optional.empty(),
                        LocalDate.of(2020, 1, 1)));
        assertEquals(defined("work", new BigDecimal("1.50E+3"), null, 128, Optional.of(7)),
                EvidenceId.of(null, "work", new BigDecimal("1.50E+3"), null, 128, Optional.of(7)));
        assertEquals(defined("cert"), EvidenceId.of(null, "cert"));
    }

    /** Any text: ASCII, Chinese, four-byte characters, unpaired surrogates (written as '?'), long fields. */
    @Test
    void randomFieldsHashAsDefined() throws Exception {
        Random random = new Random(20260630);
        char[] alphabet = {'a', 'Z', '0', '-', ' ', '\u001f', '\u00e9', '\u07ff', '\u0800', '职', '称', '\uffff',
            '\ud83d', '\ude00', '\ud800', '\udfff'};
        for (int round = 0; round < 3_000; round++) {
            Object[] parts = new Object[random.nextInt(7)];
            for (int i = 0; i < parts.length; i++) {
                StringBuilder s = new StringBuilder();
                int length = random.nextInt(10) == 0 ? 200 + random.nextInt(2_000) : random.nextInt(30);
                for (int k = 0; k < length; k++) {
                    s.append(alphabet[random.nextInt(alphabet.length)]);
                }
                parts[i] = switch (random.nextInt(5)) {
                    case 0 -> Optional.of(s.toString());
                    case 1 -> random.nextBoolean() ? Optional.empty() : random.nextInt();
                    case 2 -> dateOrNumber(random);
                    default -> s.toString();
                };
            }
            String prefix = round % 2 == 0 ? "work" : "职\ud83d";
            assertEquals(defined(prefix, parts), EvidenceId.of(null, prefix, parts), "round " + round);
        }
    }

    /** A date (years before 0, of fewer than four digits, after 9999), a small or negative number, maybe optional. */
    private static Object dateOrNumber(Random random) {
        Object value = switch (random.nextInt(4)) {
            case 0 -> LocalDate.ofEpochDay(random.nextLong(-1_000_000L, 3_000_000L));
            case 1 -> LocalDate.ofEpochDay(random.nextLong(-25_000L, 25_000L));
            case 2 -> random.nextInt(3) - 1;
            default -> random.nextInt(20_000) - 10;
        };
        return random.nextBoolean() ? Optional.of(value) : value;
    }
}
