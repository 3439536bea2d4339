package cn.zhicheng.core.applicant.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Six digits, and a province-level prefix that exists: 990102 is six digits but no place. */
public final class AdministrativeDivisionValidator implements ConstraintValidator<AdministrativeDivision, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!value.matches("\\d{6}")) {
            return false;
        }
        if (!Provinces.exists(value)) {
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(List.of(value.substring(0, 2)))
                    .buildConstraintViolationWithTemplate("{cn.zhicheng.region.province}").addConstraintViolation();
            return false;
        }
        return true;
    }
}
