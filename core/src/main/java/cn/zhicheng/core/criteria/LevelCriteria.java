package cn.zhicheng.core.criteria;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Title;
import java.util.List;
import java.util.Optional;

/**
 * Everything a field asks at one level, resolved: the series' baseline paths with the annex's tightening
 * applied, the paths derived for direct intermediate application (五(二)2, 决定 D-2) when allowed, the
 * achievement requirement and the score scheme.
 */
public record LevelCriteria(Level level, Title title, List<EducationPath> paths, List<EducationPath> directPaths,
                            Optional<AchievementRule> achievements, ScoreScheme score) {

    public LevelCriteria {
        requireNonNull(level, "level is null");
        requireNonNull(title, "title is null");
        paths = List.copyOf(paths);
        directPaths = List.copyOf(directPaths);
        requireNonNull(achievements, "achievements is null");
        requireNonNull(score, "score is null");
    }
}
