package cn.zhicheng.core.applicant.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** GB 11643-1999 check: shape, a real birth date, and the ISO 7064 MOD 11-2 check character. */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, String> {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    /** The reason a number is not valid, or empty when it is. */
    public static Optional<String> problem(String id) {
        if (!id.matches("[1-9]\\d{16}[0-9X]")) {
            return Optional.of("format");
        }
        if (birthDate(id).isEmpty()) {
            return Optional.of("birthDate");
        }
        if (id.charAt(17) != checkCharacter(id)) {
            return Optional.of("checkDigit");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static Optional<LocalDate> birthDate(String id) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = problem(value);
        problem.ifPresent(p -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{cn.zhicheng.ResidentIdNumber." + p + "}")
                    .addConstraintViolation();
        });
        return problem.isEmpty();
    }
}
