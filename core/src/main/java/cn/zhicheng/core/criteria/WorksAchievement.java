package cn.zhicheng.core.criteria;

import cn.zhicheng.core.policy.Values;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.policy.Text;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Set;

/**
 * At least {@code min} representative works of the listed kinds, optionally as principal contributor and only
 * since the current title. Papers count as one kind where works count (决定 D-20), but a paper alone can never be
 * required (五(二)3): the kinds must name a non-paper kind.
 */
public record WorksAchievement(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{cn.zhicheng.criteria.id}") String id,
        @NotNull @Valid Text name,
        @NotEmpty Set<@NotNull WorkKind> kinds,
        @Positive @jakarta.validation.constraints.Max(100) int min,
        boolean principal,
        WorkWindow window,
        @NotBlank String clause,
        @NotNull Status status,
        String source) implements Achievement {

    public WorksAchievement {
        kinds = Values.set(kinds);
        window = window == null ? WorkWindow.ANY : window;
    }

    @Override
    public boolean asPrincipal() {
        return principal;
    }

    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.criteria.paperOnly}")
    public boolean isNotPaperOnly() {
        return kinds == null || kinds.stream().anyMatch(k -> k != WorkKind.PAPER);
    }
}
