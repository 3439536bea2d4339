package cn.zhicheng.core.criteria;

import cn.zhicheng.core.policy.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** At least {@code min} hours of service in the recorded service periods (决定 D-11). */
public record ServiceHoursAchievement(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{cn.zhicheng.criteria.id}") String id,
        @NotNull @Valid Text name,
        @Positive @jakarta.validation.constraints.Max(1_000_000) long min,
        @NotBlank String clause,
        @NotNull Status status,
        String source) implements Achievement {
}
