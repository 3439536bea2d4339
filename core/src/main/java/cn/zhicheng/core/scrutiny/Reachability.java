package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.policy.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Levels no path can reach (二 awards four levels in every field): a level is reached by a path that asks for no
 * title, for a 技术员 title held from elsewhere (决定 D-16), or for a title at a level that is itself reached. A
 * tightening that drops every path of a level, or a ladder whose paths all ask for a title nobody can get, leaves
 * the title out of reach. The green channel of 五(二)5 is not counted: it opens a level to a few, not to all.
 */
final class Reachability {

    private Reachability() {
    }

    static List<Flaw> check(Where where) {
        List<Flaw> flaws = new ArrayList<>();
        Set<Level> reached = EnumSet.noneOf(Level.class);
        for (Level level : Level.awarded()) {
            LevelCriteria at = where.criteria().at(level);
            List<EducationPath> paths = Stream.concat(at.paths().stream(), at.directPaths().stream()).toList();
            if (paths.stream().anyMatch(p -> p.priorTitle() == null || p.priorTitle() == Level.TECHNICIAN
                    || reached.contains(p.priorTitle()))) {
                reached.add(level);
            } else if (paths.isEmpty()) {
                flaws.add(where.flaw(Check.UNREACHABLE_LEVEL, Severity.DEFECT, level, null,
                        where.criteria().field().annex().ref(), "scrutiny.unreachable.noPath", where.field(), level));
            } else {
                List<Level> asked = paths.stream().map(EducationPath::priorTitle).distinct().sorted().toList();
                flaws.add(where.flaw(Check.UNREACHABLE_LEVEL, Severity.DEFECT, level, null,
                        where.criteria().field().annex().ref(), "scrutiny.unreachable.titles", where.field(), level,
                        asked));
            }
        }
        return flaws;
    }
}
