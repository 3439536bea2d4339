package cn.zhicheng.core.criteria;

import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.policy.Level;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One education/experience path to a level ("X + T + n y"): a minimum degree, optionally a prior title at a
 * level with years since it, and optionally total years of professional work.
 *
 * @param priorTitle the level of title that must be held (in the field's series), or null
 * @param yearsSincePriorTitle full years of work since that title was awarded
 * @param professionalYears full years of professional work in all
 */
public record EducationPath(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{cn.zhicheng.criteria.id}") String id,
        @NotNull Degree education,
        Level priorTitle,
        @PositiveOrZero @jakarta.validation.constraints.Max(50) int yearsSincePriorTitle,
        @PositiveOrZero @jakarta.validation.constraints.Max(50) int professionalYears,
        @NotBlank String clause,
        @NotNull Status status,
        String source) implements Cited {

    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.criteria.yearsWithoutTitle}")
    public boolean isYearsSinceTitleOnlyWithTitle() {
        return priorTitle != null || yearsSincePriorTitle == 0;
    }

    /** The same path with {@code extra} years added to each years requirement it has (an annex tightening). */
    public EducationPath tightenedBy(int extra, String annexClause) {
        if (extra == 0) {
            return this;
        }
        return new EducationPath(id, education, priorTitle,
                priorTitle == null ? 0 : yearsSincePriorTitle + extra,
                priorTitle == null || professionalYears > 0 ? professionalYears + extra : professionalYears,
                clause + "; " + annexClause, status, source);
    }
}
