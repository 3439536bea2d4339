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
}
