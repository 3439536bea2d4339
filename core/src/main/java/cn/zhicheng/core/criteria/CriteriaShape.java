package cn.zhicheng.core.criteria;

import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.policy.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The static check of 决定 D-21: each level is at least as demanding as the level below it, and a single item never
 * opens a senior title. Per field it compares each level's achievement requirement with the one below: the number of
 * achievements asked (and of those as principal) may not fall, and no achievement may ask less than a comparable one
 * below it — a lower threshold, a longer period, no longer as principal, no longer since the current title. Two
 * achievements are comparable when they measure the same thing: the same quantity (sales, fans, service hours), or
 * works sharing a kind other than papers (papers count everywhere works count, 决定 D-20, so they say nothing about
 * which works are meant). 副高级 and 正高级 ask for at least two achievements, 正高级 one of them as principal.
 */
public final class CriteriaShape {

    private CriteriaShape() {
    }

    public static List<ShapeProblem> check(FieldCriteria criteria) {
        List<ShapeProblem> problems = new ArrayList<>();
        String code = criteria.field().code();
        String annex = criteria.field().annex().ref();
        List<Level> levels = Level.awarded();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            Optional<AchievementRule> rule = criteria.at(level).achievements();
            int min = rule.map(AchievementRule::min).orElse(0);
            int principal = rule.map(AchievementRule::minPrincipal).orElse(0);
            if (level.isSenior() && min < 2) {
                problems.add(level(code, level, annex, "shape.seniorMin", min));
            }
            if (level == Level.SENIOR && principal < 1) {
                problems.add(level(code, level, annex, "shape.seniorPrincipal", principal));
            }
            if (i == 0) {
                continue;
            }
            Level belowLevel = levels.get(i - 1);
            Optional<AchievementRule> below = criteria.at(belowLevel).achievements();
            int belowMin = below.map(AchievementRule::min).orElse(0);
            int belowPrincipal = below.map(AchievementRule::minPrincipal).orElse(0);
            if (min < belowMin) {
                problems.add(level(code, level, annex, "shape.minFalls", min, belowMin));
            }
            if (principal < belowPrincipal) {
                problems.add(level(code, level, annex, "shape.principalFalls", principal, belowPrincipal));
            }
            if (rule.isPresent() && below.isPresent()) {
                for (Achievement upper : rule.get().anyOf()) {
                    for (Achievement lower : below.get().anyOf()) {
                        compare(code, level, upper, lower, problems);
                    }
                }
            }
        }
        return List.copyOf(problems);
    }

    private static void compare(String code, Level level, Achievement x, Achievement y, List<ShapeProblem> out) {
        if (x instanceof WorksAchievement u && y instanceof WorksAchievement l) {
            if (u.kinds().stream().noneMatch(k -> k != WorkKind.PAPER && l.kinds().contains(k))) {
                return;
            }
            threshold(code, level, u, l, BigDecimal.valueOf(u.min()), BigDecimal.valueOf(l.min()), out);
            if (l.principal() && !u.principal()) {
                out.add(item(code, level, u, "shape.principalDropped", l.id()));
            }
            if (l.window() == WorkWindow.SINCE_PRIOR_TITLE && u.window() != WorkWindow.SINCE_PRIOR_TITLE) {
                out.add(item(code, level, u, "shape.sinceTitleDropped", l.id()));
            }
        } else if (x instanceof SalesAchievement u && y instanceof SalesAchievement l) {
            threshold(code, level, u, l, u.minYuan(), l.minYuan(), out);
            period(code, level, u, l, u.withinYears(), l.withinYears(), out);
        } else if (x instanceof FanAchievement u && y instanceof FanAchievement l) {
            threshold(code, level, u, l, BigDecimal.valueOf(u.min()), BigDecimal.valueOf(l.min()), out);
            period(code, level, u, l, u.withinYears(), l.withinYears(), out);
        } else if (x instanceof ServiceHoursAchievement u && y instanceof ServiceHoursAchievement l) {
            threshold(code, level, u, l, BigDecimal.valueOf(u.min()), BigDecimal.valueOf(l.min()), out);
        }
    }

    private static void threshold(String code, Level level, Achievement u, Achievement l, BigDecimal upper,
                                  BigDecimal lower, List<ShapeProblem> out) {
        if (upper.compareTo(lower) < 0) {
            out.add(item(code, level, u, "shape.thresholdFalls", upper.toPlainString(), l.id(),
                    lower.toPlainString()));
        }
    }

    private static void period(String code, Level level, Achievement u, Achievement l, int upper, int lower,
                               List<ShapeProblem> out) {
        if (upper > lower) {
            out.add(item(code, level, u, "shape.windowWidened", upper, l.id(), lower));
        }
    }

    private static ShapeProblem level(String code, Level level, String clause, String key, Object... more) {
        List<Object> args = new ArrayList<>(List.of(code, level));
        args.addAll(List.of(more));
        return new ShapeProblem(code, level, Optional.empty(), clause, key, args);
    }

    private static ShapeProblem item(String code, Level level, Achievement a, String key, Object... more) {
        List<Object> args = new ArrayList<>(List.of(code, level, a.id(), a.clause()));
        args.addAll(List.of(more));
        return new ShapeProblem(code, level, Optional.of(a.id()), a.clause(), key, args);
    }
}
