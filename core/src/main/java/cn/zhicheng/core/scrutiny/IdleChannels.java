package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.policy.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Green channels (五(二)) the criteria give nothing to act on. 五(二)2 needs a derived direct path (决定 D-2): switched
 * on with none derived, nobody can use it; switched off, the annex says so (决定 D-1) and it is noted. 五(二)6 takes a
 * year off a years requirement (决定 D-4): at a level whose every path asks no years it eases nothing. 五(二)5 waives
 * degree, seniority and (for 副高级) the prior title (决定 D-3): with a path at that level asking none of them it waives
 * nothing. 五(二)1, 3 and 4 waive what the schema cannot ask (a matching major, papers, certificates), so they always
 * act and are not checked.
 */
final class IdleChannels {

    private IdleChannels() {
    }

    static List<Flaw> check(Where where) {
        List<Flaw> flaws = new ArrayList<>();
        LevelCriteria intermediate = where.criteria().at(Level.INTERMEDIATE);
        if (!where.criteria().directIntermediate()) {
            flaws.add(where.flaw(Check.IDLE_CHANNEL, Severity.NOTE, Level.INTERMEDIATE,
                    GreenChannel.DIRECT_INTERMEDIATE.name(), "五(二)2; 决定 D-1", "scrutiny.idle.directOff",
                    where.field()));
        } else if (intermediate.directPaths().isEmpty()) {
            flaws.add(where.flaw(Check.IDLE_CHANNEL, Severity.DEFECT, Level.INTERMEDIATE,
                    GreenChannel.DIRECT_INTERMEDIATE.name(), "五(二)2; 决定 D-2", "scrutiny.idle.direct",
                    where.field()));
        }
        for (Level level : Level.awarded()) {
            LevelCriteria at = where.criteria().at(level);
            if (paths(at).allMatch(p -> p.professionalYears() == 0 && p.yearsSincePriorTitle() == 0)) {
                flaws.add(where.flaw(Check.IDLE_CHANNEL, Severity.WARNING, level,
                        GreenChannel.TRAINING_REDUCES_YEARS.name(), "五(二)6; 决定 D-4", "scrutiny.idle.training",
                        where.field(), level));
            }
            if (level.isSenior() && at.paths().stream().anyMatch(p -> asksNothingTalentWaives(p, level))) {
                flaws.add(where.flaw(Check.IDLE_CHANNEL, Severity.WARNING, level,
                        GreenChannel.OUTSTANDING_TALENT.name(), "五(二)5; 决定 D-3", "scrutiny.idle.talent",
                        where.field(), level));
            }
        }
        return flaws;
    }

    private static Stream<EducationPath> paths(LevelCriteria at) {
        return Stream.concat(at.paths().stream(), at.directPaths().stream());
    }

    /** 正高级 still needs 副高级 (决定 D-3), so asking for it is not something the channel could waive. */
    private static boolean asksNothingTalentWaives(EducationPath p, Level level) {
        boolean title = p.priorTitle() == null || level == Level.SENIOR && p.priorTitle() == Level.ASSOCIATE_SENIOR;
        return title && p.education() == Degree.values()[0] && p.professionalYears() == 0
                && p.yearsSincePriorTitle() == 0;
    }
}
