package cn.zhicheng.core.spi;

import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.criteria.Status;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How an annex tightens the series ladder: more years on every years requirement, and/or a higher minimum degree
 * (paths below it are dropped). Tightening is the only change an annex may make to the ladder.
 */
public record Tightening(@PositiveOrZero @jakarta.validation.constraints.Max(10) int extraYears,
                         Degree minimumEducation, @NotBlank String clause,
                         @NotNull cn.zhicheng.core.criteria.Status status, String source) {

    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.criteria.source}")
    public boolean isSourceGivenWhenProvisional() {
        return status != Status.provisional || (source != null && !source.isBlank());
    }
}
