package cn.zhicheng.core.applicant.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import java.util.regex.Pattern;

/** GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, Z, S, V); the last is a MOD 31 check. */
public final class UnifiedSocialCreditCodeValidator implements ConstraintValidator<UnifiedSocialCreditCode, String> {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public static Optional<String> problem(String code) {
        if (code.length() != 18 || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)
                || !SIX_DIGITS.matcher(code.substring(2, 8)).matches()) {
            return Optional.of("format");
        }
        if (code.charAt(17) != checkCharacter(code)) {
            return Optional.of("checkDigit");
        }
        return Optional.empty();
    }

    public static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = problem(value);
        problem.ifPresent(p -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{cn.zhicheng.UnifiedSocialCreditCode." + p + "}")
                    .addConstraintViolation();
        });
        return problem.isEmpty();
    }
}
