package cn.zhicheng.core.applicant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/** A fan count (粉丝量, 五(二)3) on one platform as of a date. */
public record FanCount(@NotBlank String platform, @PositiveOrZero long count, @NotNull @PastOrPresent LocalDate asOf) {
}
