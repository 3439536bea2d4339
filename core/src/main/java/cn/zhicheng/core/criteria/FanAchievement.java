package cn.zhicheng.core.criteria;

import cn.zhicheng.core.policy.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * A fan count (粉丝量, 五(二)3) of at least {@code min} on one platform, as of a date from the start of the last
 * {@code withinYears} full calendar years before the year of the round's cut-off date (the window of 决定 D-17) up to
 * the cut-off date: a count is a snapshot, and a newer one is better evidence, never a straddling period.
 */
public record FanAchievement(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{cn.zhicheng.criteria.id}") String id,
        @NotNull @Valid Text name,
        @Positive @jakarta.validation.constraints.Max(10_000_000_000L) long min,
        @Positive @jakarta.validation.constraints.Max(50) int withinYears,
        @NotBlank String clause,
        @NotNull Status status,
        String source) implements Achievement {
}
