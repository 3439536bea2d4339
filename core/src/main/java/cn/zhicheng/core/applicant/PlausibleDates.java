package cn.zhicheng.core.applicant;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The file's dates fit the life its ID number describes: professional work starts no earlier than the 16th birthday
 * and no education is completed before the age of {@value PlausibleDatesValidator#GRADUATION_AGE}. Each date that
 * does not is refused at its own path.
 */
@Documented
@Constraint(validatedBy = PlausibleDatesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PlausibleDates {
    String message() default "{cn.zhicheng.plausible.workStart}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
