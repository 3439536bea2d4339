package cn.zhicheng.core.applicant.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * GB 11643-1999 check: shape, a province-level region prefix that exists, a real birth date, and the ISO 7064
 * MOD 11-2 check character; then whether the person can be an applicant at all: born neither in the future nor
 * before 1900, and at least 16 today (the age from which anyone may work, 劳动法 第十五条).
 */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, String> {

    /** The earliest birth date taken as real. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** The minimum age for work (劳动法 第十五条). */
    public static final int WORKING_AGE = 16;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    /** The reason a number is not valid, or empty when it is. */
    public static Optional<String> problem(String id) {
        if (!shaped(id)) {
            return Optional.of("format");
        }
        if (!Provinces.exists(id)) {
            return Optional.of("region");
        }
        if (birthDate(id).isEmpty()) {
            return Optional.of("birthDate");
        }
        if (id.charAt(17) != checkCharacter(id)) {
            return Optional.of("checkDigit");
        }
        return Optional.empty();
    }

    /** Whether {@code id} has the shape {@code [1-9]\\d{16}[0-9X]}, checked char by char ({@code \\d}: ASCII digits). */
    private static boolean shaped(String id) {
        if (id.length() != 18 || id.charAt(0) < '1' || id.charAt(0) > '9') {
            return false;
        }
        for (int i = 1; i < 17; i++) {
            if (!digit(id.charAt(i))) {
                return false;
            }
        }
        return digit(id.charAt(17)) || id.charAt(17) == 'X';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
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
        if (id.length() >= 14 && allDigits(id, 6, 14)) { // the usual case, without substrings
            try {
                return Optional.of(LocalDate.of(number(id, 6, 10), number(id, 10, 12), number(id, 12, 14)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + s.charAt(i) - '0';
        }
        return v;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            refuse(context, problem.get(), List.of(value.length() >= 2 ? value.substring(0, 2) : value));
            return false;
        }
        LocalDate birth = birthDate(value).orElseThrow();
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        Optional<String> life = lifeProblem(birth, today);
        life.ifPresent(p -> refuse(context, p, List.of(birth, p.equals("tooYoung") ? today : EARLIEST_BIRTH)));
        return life.isEmpty();
    }

    /** Why a person born on {@code birth} cannot be an applicant {@code today}, or empty when they can be. */
    public static Optional<String> lifeProblem(LocalDate birth, LocalDate today) {
        if (birth.isAfter(today)) {
            return Optional.of("bornInFuture");
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            return Optional.of("bornTooEarly");
        }
        if (birth.plusYears(WORKING_AGE).isAfter(today)) {
            return Optional.of("tooYoung");
        }
        return Optional.empty();
    }

    private static void refuse(ConstraintValidatorContext context, String problem, List<Object> args) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(args)
                .buildConstraintViolationWithTemplate("{cn.zhicheng.ResidentIdNumber." + problem + "}")
                .addConstraintViolation();
    }
}
