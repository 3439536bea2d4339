package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;

/** A professional title the applicant already holds, in a series, at a level, since a date. */
public record TitleHeld(
        @Pattern(regexp = EvidenceId.PATTERN, message = "{cn.zhicheng.evidence.id}") String id,
        @NotNull Series series,
        @NotNull Level level,
        Optional<String> name,
        Optional<String> certificateNo,
        @NotNull @PastOrPresent LocalDate awarded) {

    public TitleHeld {
        name = name == null ? Optional.empty() : name;
        certificateNo = certificateNo == null ? Optional.empty() : certificateNo;
        id = EvidenceId.of(id, "title", series, level, certificateNo, awarded);
    }
}
