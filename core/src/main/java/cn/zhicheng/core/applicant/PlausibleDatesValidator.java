package cn.zhicheng.core.applicant;

import cn.zhicheng.core.applicant.validation.ResidentIdNumberValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link PlausibleDates} against the birth date of a valid ID number; without one there is nothing to check.
 */
public final class PlausibleDatesValidator implements ConstraintValidator<PlausibleDates, ApplicantFile> {

    /** The youngest age at which any course of education (even 中专) can be completed. */
    static final int GRADUATION_AGE = 14;

    @Override
    public boolean isValid(ApplicantFile file, ConstraintValidatorContext context) {
        // an ID number that is itself refused (or describes no possible applicant) gives no life to check against
        Optional<LocalDate> birth = birth(file).filter(b -> ResidentIdNumberValidator.lifeProblem(b,
                LocalDate.now(context.getClockProvider().getClock())).isEmpty());
        if (birth.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        boolean valid = true;
        LocalDate workingAge = birth.get().plusYears(ResidentIdNumberValidator.WORKING_AGE);
        if (file.professionalWorkStart() != null && file.professionalWorkStart().isBefore(workingAge)) {
            hibernate.withDynamicPayload(List.of(birth.get(), workingAge))
                    .buildConstraintViolationWithTemplate("{cn.zhicheng.plausible.workStart}")
                    .addPropertyNode("professionalWorkStart").addConstraintViolation();
            valid = false;
        }
        LocalDate graduationAge = birth.get().plusYears(GRADUATION_AGE);
        List<Education> education = file.education() == null ? List.of() : file.education();
        for (int i = 0; i < education.size(); i++) {
            Education e = education.get(i);
            if (e != null && e.graduated() != null && e.graduated().isBefore(graduationAge)) {
                hibernate.withDynamicPayload(List.of(birth.get(), graduationAge, GRADUATION_AGE))
                        .buildConstraintViolationWithTemplate("{cn.zhicheng.plausible.graduated}")
                        .addPropertyNode("education").addPropertyNode("graduated").inIterable().atIndex(i)
                        .addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }

    private static Optional<LocalDate> birth(ApplicantFile file) {
        if (file.identity() == null || file.identity().idNumber() == null
                || ResidentIdNumberValidator.problem(file.identity().idNumber()).isPresent()) {
            return Optional.empty();
        }
        return ResidentIdNumberValidator.birthDate(file.identity().idNumber());
    }
}
