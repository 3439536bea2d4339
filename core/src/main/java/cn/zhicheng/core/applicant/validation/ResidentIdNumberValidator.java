package cn.zhicheng.core.applicant.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[0-9X]");

    /** The reason a number is not valid, or empty when it is. */
    public static Optional<String> problem(String id) {
        if (!SHAPE.matcher(id).matches()) {
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
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
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
