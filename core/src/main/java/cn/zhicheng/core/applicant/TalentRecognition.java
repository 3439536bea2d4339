package cn.zhicheng.core.applicant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A recognition as an outstanding talent (五(二)5); checked as evidence at qualification review (决定 D-3). */
public record TalentRecognition(@NotNull TalentKind kind, @NotBlank String issuer,
                                @NotNull @PastOrPresent LocalDate recognised) {
}
