package cn.zhicheng.app.bench.rules;

import cn.zhicheng.core.criteria.Achievement;

/** An achievement an association's overlay adds beside the level's requirement, which must hold too (四, 决定 D-12). */
public record AddedAchievement(Achievement achievement) {
}
