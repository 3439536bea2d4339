package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.policy.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Paths another path makes redundant: at one level, path B covers path A when everyone who meets A meets B — B asks
 * for no higher degree, the same prior title (or none where A asks none) and no more years of either kind. Then A
 * never decides anything, and a reader of the criteria may think it does. Of two paths asking exactly the same, the
 * later is reported. Base paths and the paths derived for 五(二)2 are compared among themselves.
 */
final class Redundancy {

    private Redundancy() {
    }

    static List<Flaw> check(Where where) {
        List<Flaw> flaws = new ArrayList<>();
        for (Level level : Level.awarded()) {
            LevelCriteria at = where.criteria().at(level);
            among(where, level, at.paths(), flaws);
            among(where, level, at.directPaths(), flaws);
        }
        return flaws;
    }

    private static void among(Where where, Level level, List<EducationPath> paths, List<Flaw> flaws) {
        for (int i = 0; i < paths.size(); i++) {
            EducationPath a = paths.get(i);
            for (int j = 0; j < paths.size(); j++) {
                EducationPath b = paths.get(j);
                if (i != j && covers(b, a) && (!covers(a, b) || j < i)) {
                    flaws.add(where.flaw(Check.REDUNDANT_PATH, Severity.WARNING, level, a.id(), a.clause(),
                            "scrutiny.redundant", where.field(), level, a.id(), b.id()));
                    break;
                }
            }
        }
    }

    /** Whether everyone who meets {@code a} meets {@code b}. */
    private static boolean covers(EducationPath b, EducationPath a) {
        return a.education().atLeast(b.education()) && Objects.equals(a.priorTitle(), b.priorTitle())
                && b.yearsSincePriorTitle() <= a.yearsSincePriorTitle()
                && b.professionalYears() <= a.professionalYears();
    }
}
