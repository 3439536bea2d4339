package cn.zhicheng.core.applicant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * A training-hours certificate (培训学时证明). Only training organised by the Ministry of Human Resources and
 * Social Security counts for 五(二)6.
 */
public record TrainingCertificate(@NotBlank String programme, boolean organisedByMohrss,
                                  @Positive int hours, @NotNull @PastOrPresent LocalDate issued) {
}
