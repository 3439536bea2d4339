package cn.zhicheng.core.spi;

import cn.zhicheng.core.criteria.AchievementRule;
import jakarta.validation.Valid;

/** What a field asks at one level beyond its series' ladder. */
public record LevelDeclaration(@Valid AchievementRule achievements, @Valid Tightening tighten) {
}
