package cn.zhicheng.core.channel;

import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.policy.Level;
import java.util.List;
import java.util.OptionalInt;

/**
 * 五(二)2 放开初级限制: intermediate without a junior title. Per 决定 D-2 the years are derived, never typed: for
 * each intermediate path that asks for a junior title, the quickest junior path open to the same degree, plus the
 * years that intermediate path asks after the junior title, all counted as professional work (engineering,
 * bachelor: 1 + 4 = 5 years).
 */
public final class DirectIntermediate {

    public static final String CLAUSE = "五(二)2; 决定 D-1; 决定 D-2";

    private DirectIntermediate() {
    }

    public static List<EducationPath> derive(List<EducationPath> juniorPaths, List<EducationPath> intermediatePaths) {
        return intermediatePaths.stream()
                .filter(p -> p.priorTitle() == Level.JUNIOR)
                .flatMap(p -> juniorYears(juniorPaths, p).stream().mapToObj(years -> new EducationPath(
                        p.id() + "-direct", p.education(), null, 0,
                        Math.max(p.professionalYears(), years + p.yearsSincePriorTitle()),
                        CLAUSE + "; " + p.clause(), p.status(), p.source())))
                .toList();
    }

    /** Years of the quickest junior path whose degree the intermediate path's degree satisfies. */
    private static OptionalInt juniorYears(List<EducationPath> juniorPaths, EducationPath intermediate) {
        return juniorPaths.stream()
                .filter(j -> intermediate.education().atLeast(j.education()))
                .mapToInt(j -> j.professionalYears() + j.yearsSincePriorTitle())
                .min();
    }
}
