package cn.zhicheng.core.applicant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A completed course of education. The major is recorded but never has to match the field (五(二)1). */
public record Education(@NotNull Degree degree, @NotBlank String major, String institution,
                        @NotNull @PastOrPresent LocalDate graduated) {
}
