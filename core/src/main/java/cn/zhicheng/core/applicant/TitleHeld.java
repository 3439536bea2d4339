package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/** A professional title the applicant already holds, in a series, at a level, since a date. */
public record TitleHeld(
        @Pattern(regexp = EvidenceId.PATTERN, message = "{cn.zhicheng.evidence.id}") String id,
        @NotNull Series series,
        @NotNull Level level,
        Optional<@Size(max = 200, message = "{cn.zhicheng.text.tooLong}") String> name,
        Optional<@Size(max = 64, message = "{cn.zhicheng.text.tooLong}") String> certificateNo,
        @NotNull @PastOrPresent LocalDate awarded) {

    public TitleHeld {
        name = name == null ? Optional.empty() : name;
        certificateNo = certificateNo == null ? Optional.empty() : certificateNo;
        id = EvidenceId.of(id, "title", series, level, certificateNo, awarded);
    }
}
