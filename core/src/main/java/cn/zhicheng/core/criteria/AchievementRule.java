package cn.zhicheng.core.criteria;

import cn.zhicheng.core.policy.Values;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A level's achievement requirement: at least {@code min} of the listed achievements ("any one of" when 1), of which
 * at least {@code minPrincipal} are achievements as principal (决定 D-21: 正高级 asks for one as principal).
 */
public record AchievementRule(@Positive @jakarta.validation.constraints.Max(100) int min,
                              @PositiveOrZero @jakarta.validation.constraints.Max(100) int minPrincipal,
                              @NotEmpty List<@NotNull @Valid Achievement> anyOf) {

    public AchievementRule {
        anyOf = Values.list(anyOf);
    }

    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.criteria.minAboveCount}")
    public boolean isSatisfiable() {
        return anyOf == null || min <= anyOf.size() && minPrincipal <= min
                && minPrincipal <= anyOf.stream().filter(a -> a != null && a.asPrincipal()).count();
    }
}
