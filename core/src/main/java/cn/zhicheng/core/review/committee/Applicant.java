package cn.zhicheng.core.review.committee;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.applicant.ApplicantFile;
import java.util.Optional;

/**
 * An application as the committee's recusal sees it: whose it is (the applicant's resident ID number) and where they
 * work (the employer's unified social credit code), nothing more.
 */
public record Applicant(String applicationId, String idNumber, Optional<String> employerCreditCode) {

    public Applicant {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(idNumber, "idNumber is null");
        requireNonNull(employerCreditCode, "employerCreditCode is null");
        if (applicationId.isBlank()) {
            throw new IllegalArgumentException("applicationId is blank");
        }
    }

    public static Applicant of(String applicationId, String idNumber, String employerCreditCode) {
        return new Applicant(applicationId, idNumber, Optional.ofNullable(employerCreditCode));
    }

    public static Applicant of(String applicationId, ApplicantFile file) {
        return new Applicant(applicationId, file.identity().idNumber(), file.employment().employerCreditCode());
    }
}
