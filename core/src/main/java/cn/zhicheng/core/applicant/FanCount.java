package cn.zhicheng.core.applicant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A fan count (粉丝量, 五(二)3) on one platform as of a date. */
public record FanCount(@NotBlank @Size(max = 100, message = "{cn.zhicheng.text.tooLong}") String platform,
                       @PositiveOrZero @Max(10_000_000_000L) long count, @NotNull @PastOrPresent LocalDate asOf) {
}
