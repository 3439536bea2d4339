package cn.zhicheng.core.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.validation.ResidentIdNumberValidator;
import cn.zhicheng.core.applicant.validation.UnifiedSocialCreditCodeValidator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckCharacterValidatorsTest {

    @Test
    void residentIdNumberAcceptsTheStandardsOwnExample() {
        // GB 11643-1999 example: 11010519491231002X
        assertEquals(Optional.empty(), ResidentIdNumberValidator.problem("11010519491231002X"));
        assertEquals(Optional.empty(), ResidentIdNumberValidator.problem("220102199001011239"));
    }

    @Test
    void residentIdNumberNamesWhatIsWrong() {
        assertEquals(Optional.of("checkDigit"), ResidentIdNumberValidator.problem("220102199001011234"));
        assertEquals(Optional.of("birthDate"), ResidentIdNumberValidator.problem("220102199002301236"));
        assertEquals(Optional.of("format"), ResidentIdNumberValidator.problem("22010219900101123"));
        assertEquals(Optional.of("format"), ResidentIdNumberValidator.problem("22010219900101123x"));
    }

    @Test
    void everyWrongCheckCharacterIsCaught() {
        String body = "22010219900101123";
        char right = ResidentIdNumberValidator.checkCharacter(body + "0");
        for (char c : "0123456789X".toCharArray()) {
            assertEquals(c == right, ResidentIdNumberValidator.problem(body + c).isEmpty(), "check " + c);
        }
    }

    @Test
    void unifiedSocialCreditCodeAcceptsAKnownCode() {
        assertEquals(Optional.empty(), UnifiedSocialCreditCodeValidator.problem("91350100M000100Y43"));
        assertEquals(Optional.empty(), UnifiedSocialCreditCodeValidator.problem("91220101MA17ABCD56"));
    }

    @Test
    void unifiedSocialCreditCodeNamesWhatIsWrong() {
        assertEquals(Optional.of("checkDigit"), UnifiedSocialCreditCodeValidator.problem("91350100M000100Y44"));
        // I, O, Z, S and V are not in the GB 32100 alphabet
        assertEquals(Optional.of("format"), UnifiedSocialCreditCodeValidator.problem("91350100M000100I43"));
        assertEquals(Optional.of("format"), UnifiedSocialCreditCodeValidator.problem("9135010"));
    }

    @Test
    void maskingKeepsOnlyTheEnds() {
        assertEquals("220102********1239", Masking.middle("220102199001011239", 6, 4));
        assertEquals("138****5678", Masking.middle("13812345678", 3, 4));
        assertTrue(Masking.middle("12", 3, 4).chars().allMatch(c -> c == '*'));
    }

    /**
     * The ID-number check reads its shape and birth date char by char; it gives the reason the definition gives —
     * the pattern {@code [1-9]\\d{16}[0-9X]}, then the region, the date read with {@code parseInt}, the check
     * character — for numbers near the shape: digits swapped for letters, signs, spaces, non-ASCII digits, lengths
     * from 0 to 20.
     */
    @Test
    void residentIdNumberReasonsAreTheDefinitionsOnNearMisses() {
        java.util.regex.Pattern shape = java.util.regex.Pattern.compile("[1-9]\\d{16}[0-9X]");
        java.util.Random random = new java.util.Random(20_210_512L);
        char[] odd = {'0', '9', 'X', 'x', '+', '-', ' ', '\u0663', '\uff11', 'a'};
        String[] bases = {"220102199001011239", "11010519491231002X", "220102200002291234", "220102190001011234"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder id = new StringBuilder(bases[random.nextInt(bases.length)]);
            for (int k = random.nextInt(3); k > 0; k--) {
                id.setCharAt(random.nextInt(id.length()), odd[random.nextInt(odd.length)]);
            }
            if (random.nextInt(5) == 0) {
                id.setLength(random.nextInt(21));
                for (int i = 0; i < id.length(); i++) {
                    if (id.charAt(i) == 0) {
                        id.setCharAt(i, (char) ('0' + random.nextInt(10)));
                    }
                }
            }
            String s = id.toString();
            Optional<java.time.LocalDate> birth;
            try {
                birth = Optional.of(java.time.LocalDate.of(Integer.parseInt(s.substring(6, 10)),
                        Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14))));
            } catch (java.time.DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
                birth = Optional.empty();
            }
            assertEquals(birth, ResidentIdNumberValidator.birthDate(s), s);
            Optional<String> defined = !shape.matcher(s).matches() ? Optional.of("format")
                    : !cn.zhicheng.core.applicant.validation.Provinces.exists(s) ? Optional.of("region")
                    : birth.isEmpty() ? Optional.of("birthDate")
                    : s.charAt(17) != ResidentIdNumberValidator.checkCharacter(s) ? Optional.of("checkDigit")
                    : Optional.empty();
            assertEquals(defined, ResidentIdNumberValidator.problem(s), s);
        }
    }
}
