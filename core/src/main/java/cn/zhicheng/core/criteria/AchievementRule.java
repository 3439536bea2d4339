package cn.zhicheng.core.criteria;

import cn.zhicheng.core.policy.Values;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A level's achievement requirement: at least {@code min} of the listed achievements ("any one of" when 1). */
public record AchievementRule(@Positive @jakarta.validation.constraints.Max(100) int min,
                              @NotEmpty List<@NotNull @Valid Achievement> anyOf) {

    public AchievementRule {
        anyOf = Values.list(anyOf);
    }

    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.criteria.minAboveCount}")
    public boolean isSatisfiable() {
        return anyOf == null || min <= anyOf.size();
    }
}
