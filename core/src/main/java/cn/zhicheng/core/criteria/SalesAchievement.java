package cn.zhicheng.core.criteria;

import cn.zhicheng.core.policy.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * A sales amount (营销额, 五(二)3) of at least {@code minYuan} over the last {@code withinYears} full calendar years
 * before the year of the round's cut-off date (决定 D-17: 近3年 for a 2026 round is 2023–2025). A certified record
 * counts in full when its period lies wholly inside that window, and not at all otherwise; nothing is prorated.
 */
public record SalesAchievement(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{cn.zhicheng.criteria.id}") String id,
        @NotNull @Valid Text name,
        @NotNull @Positive @jakarta.validation.constraints.DecimalMax("1000000000000") BigDecimal minYuan,
        @Positive @jakarta.validation.constraints.Max(50) int withinYears,
        @NotBlank String clause,
        @NotNull Status status,
        String source) implements Achievement {
}
