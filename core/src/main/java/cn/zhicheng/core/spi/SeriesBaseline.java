package cn.zhicheng.core.spi;

import cn.zhicheng.core.policy.Values;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.ScoreScheme;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * The national (or, where none exists, provisional, 决定 D-11) education/experience ladder of a series, kept once
 * in core and inherited by every field of the series, with its default score scheme.
 */
public record SeriesBaseline(
        @NotNull Series series,
        @NotBlank String document,
        @NotEmpty Map<@NotNull Level, @NotEmpty List<@NotNull @Valid EducationPath>> levels,
        @NotNull @Valid ScoreScheme score) {

    public SeriesBaseline {
        levels = Values.map(levels);
    }

    /** Class-path resource of a series' baseline. */
    public static String resource(Series series) {
        return "zhicheng/baseline/" + series.name().toLowerCase(java.util.Locale.ROOT) + ".yaml";
    }
}
