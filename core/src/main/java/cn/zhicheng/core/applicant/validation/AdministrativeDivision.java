package cn.zhicheng.core.applicant.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A six-digit administrative division code (GB/T 2260) whose first two digits name a province-level division. */
@Documented
@Constraint(validatedBy = AdministrativeDivisionValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface AdministrativeDivision {
    String message() default "{cn.zhicheng.region.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
