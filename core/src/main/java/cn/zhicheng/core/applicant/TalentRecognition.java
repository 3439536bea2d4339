package cn.zhicheng.core.applicant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A recognition as an outstanding talent (五(二)5), with its issuer and the issuer's level (决定 D-19); the document
 * is checked as evidence at qualification review (决定 D-3).
 */
public record TalentRecognition(
        @Pattern(regexp = EvidenceId.PATTERN, message = "{cn.zhicheng.evidence.id}") String id,
        @NotNull TalentKind kind,
        @NotBlank @Size(max = 200, message = "{cn.zhicheng.text.tooLong}") String issuer,
        @NotNull RecognitionLevel level,
        @NotNull @PastOrPresent LocalDate recognised) {

    public TalentRecognition {
        id = EvidenceId.of(id, "recognition", kind, issuer, level, recognised);
    }
}
