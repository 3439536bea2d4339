package cn.zhicheng.core.applicant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/** A completed course of education. The major is recorded but never has to match the field (五(二)1). */
public record Education(
        @Pattern(regexp = EvidenceId.PATTERN, message = "{cn.zhicheng.evidence.id}") String id,
        @NotNull Degree degree,
        @NotBlank @Size(max = 100, message = "{cn.zhicheng.text.tooLong}") String major,
        Optional<@Size(max = 100, message = "{cn.zhicheng.text.tooLong}") String> institution,
        @NotNull @PastOrPresent LocalDate graduated) {

    public Education {
        institution = institution == null ? Optional.empty() : institution;
        id = EvidenceId.of(id, "edu", degree, major, institution, graduated);
    }
}
