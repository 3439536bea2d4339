package cn.zhicheng.core.channel;

import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.policy.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 五(二)2 放开初级限制: intermediate without a junior title. Per 决定 D-2 the years are derived, never typed: the
 * years of the junior path for the applicant's degree plus the years an intermediate path asks after the junior
 * title, all counted as professional work (engineering, bachelor: 1 + 4 = 5 years).
 *
 * <p>A junior path that itself asks for a title (the national 技术员 paths) gives no direct path: someone without a
 * junior title is counted by years of work alone, and 决定 D-16 states those years for 大专 and 中专 (大专: 3 + 4 = 7).
 *
 * <p>Every pair of a junior path and an intermediate path that asks for a junior title gives a derived path open to
 * the higher of their two degrees; for each degree the quickest pair is kept, and a path is dropped when a lower
 * degree already gets there as fast.
 */
public final class DirectIntermediate {

    public static final String CLAUSE = "五(二)2; 决定 D-1; 决定 D-2";

    private DirectIntermediate() {
    }

    public static List<EducationPath> derive(List<EducationPath> juniorPaths, List<EducationPath> intermediatePaths) {
        Map<Degree, EducationPath> quickest = new EnumMap<>(Degree.class);
        for (EducationPath p : intermediatePaths) {
            if (p.priorTitle() != Level.JUNIOR) {
                continue;
            }
            for (EducationPath j : juniorPaths) {
                if (j.priorTitle() != null) {
                    continue;
                }
                Degree degree = p.education().atLeast(j.education()) ? p.education() : j.education();
                int years = Math.max(p.professionalYears(), j.professionalYears() + p.yearsSincePriorTitle());
                String id = p.id() + "-direct" + (degree == p.education() ? "" : "-" + degree.name()
                        .toLowerCase(Locale.ROOT).replace('_', '-'));
                // the derived path rests on both; when the junior path is provisional (e.g. 决定 D-16), so is it
                EducationPath derived = j.provisional() && !p.provisional()
                        ? new EducationPath(id, degree, null, 0, years, CLAUSE + "; " + j.clause() + "; " + p.clause(),
                                j.status(), j.source())
                        : new EducationPath(id, degree, null, 0, years, CLAUSE + "; " + p.clause(), p.status(),
                                p.source());
                quickest.merge(degree, derived, (a, b) -> b.professionalYears() < a.professionalYears() ? b : a);
            }
        }
        List<EducationPath> kept = new ArrayList<>();
        for (EducationPath path : quickest.values()) { // lowest degree first
            if (kept.stream().noneMatch(k -> k.professionalYears() <= path.professionalYears())) {
                kept.add(path);
            }
        }
        kept.sort(Comparator.comparing(EducationPath::education).reversed());
        return List.copyOf(kept);
    }
}
