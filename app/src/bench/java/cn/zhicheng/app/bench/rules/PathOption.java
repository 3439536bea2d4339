package cn.zhicheng.app.bench.rules;

import cn.zhicheng.core.criteria.EducationPath;

/**
 * One path of a level's ladder on one route, as a fact for the rules: the base paths, the same eased by training
 * (五(二)6, {@code off} 1), the direct intermediate paths (五(二)2) and those eased by training.
 *
 * @param route BASE, TRAINING, DIRECT or DIRECT_TRAINING
 * @param off the years taken off every years requirement of the path
 */
public record PathOption(String route, EducationPath path, int off) {
}
