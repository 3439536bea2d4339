package cn.zhicheng.core.criteria;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Title;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * Everything a field asks at one level, resolved: the series' baseline paths with the annex's tightening
 * applied, the paths derived for direct intermediate application (五(二)2, 决定 D-2) when allowed, the
 * achievement requirement and the score scheme — and, only under an association's overlay (四, 决定 D-12), the
 * achievements it adds that must all be met besides the achievement requirement. The province adds none: the list
 * is then empty and left out of the criteria's canonical form, so provincial digests are as they were.
 */
public record LevelCriteria(Level level, Title title, List<EducationPath> paths, List<EducationPath> directPaths,
                            Optional<AchievementRule> achievements, ScoreScheme score,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Achievement> required) {

    public LevelCriteria {
        requireNonNull(level, "level is null");
        requireNonNull(title, "title is null");
        paths = List.copyOf(paths);
        directPaths = List.copyOf(directPaths);
        requireNonNull(achievements, "achievements is null");
        requireNonNull(score, "score is null");
        required = List.copyOf(required);
    }

    /** A level's criteria as the province sets them: no achievement added beside the achievement requirement. */
    public LevelCriteria(Level level, Title title, List<EducationPath> paths, List<EducationPath> directPaths,
                         Optional<AchievementRule> achievements, ScoreScheme score) {
        this(level, title, paths, directPaths, achievements, score, List.of());
    }
}
