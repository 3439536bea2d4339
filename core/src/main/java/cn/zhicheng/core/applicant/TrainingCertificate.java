package cn.zhicheng.core.applicant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A training-hours certificate (培训学时证明). Only training organised by the Ministry of Human Resources and
 * Social Security counts for 五(二)6, and only for the field it was for (决定 D-18).
 *
 * @param field the code of the field whose occupation the training was for, as the certificate names it (e.g. AI)
 */
public record TrainingCertificate(
        @Pattern(regexp = EvidenceId.PATTERN, message = "{cn.zhicheng.evidence.id}") String id,
        @NotBlank @Size(max = 200, message = "{cn.zhicheng.text.tooLong}") String programme,
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{cn.zhicheng.field.code}") String field,
        boolean organisedByMohrss,
        @Positive @Max(10_000) int hours,
        @NotNull @PastOrPresent LocalDate issued) {

    public TrainingCertificate {
        id = EvidenceId.of(id, "training", programme, field, hours, issued);
    }
}
