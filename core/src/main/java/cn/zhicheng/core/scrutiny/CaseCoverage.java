package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cases that exercise no channel, and channels no case exercises. A case that relies on and tries none of the green
 * channels of 五(二)2, 5 and 6 tests the base ladder, scope or input only — noted, since a field needs some. A channel
 * the field's criteria let act (see {@link IdleChannels}) that no case of the field exercises is untested: a warning.
 */
final class CaseCoverage {

    private CaseCoverage() {
    }

    static List<Flaw> check(List<FieldCriteria> latest, List<CaseRun> runs) {
        List<Flaw> flaws = new ArrayList<>();
        for (CaseRun run : runs) {
            if (run.exercised().isEmpty()) {
                flaws.add(new Flaw(Check.IDLE_CASE, Severity.NOTE, run.annexId(), "", run.field(),
                        Optional.of(run.level()), Optional.of(run.name()), "五(二)",
                        Message.of("scrutiny.idleCase", run.name(), run.field(), run.level())));
            }
        }
        for (FieldCriteria f : latest) {
            String code = f.field().code();
            List<CaseRun> mine = runs.stream().filter(r -> r.field().equals(code)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Set<GreenChannel> exercised = EnumSet.noneOf(GreenChannel.class);
            mine.forEach(r -> exercised.addAll(r.exercised()));
            for (GreenChannel channel : canAct(f)) {
                if (!exercised.contains(channel)) {
                    flaws.add(new Flaw(Check.IDLE_CASE, Severity.WARNING, f.ruleSet().annexId(),
                            f.ruleSet().version(), code, Optional.empty(), Optional.of(channel.name()),
                            channel.clause().ref(), Message.of("scrutiny.unexercised", code, channel)));
                }
            }
        }
        return flaws;
    }

    /** The decisive channels the field's criteria let act somewhere. */
    private static Set<GreenChannel> canAct(FieldCriteria f) {
        Set<GreenChannel> open = EnumSet.of(GreenChannel.OUTSTANDING_TALENT);
        if (!f.at(Level.INTERMEDIATE).directPaths().isEmpty()) {
            open.add(GreenChannel.DIRECT_INTERMEDIATE);
        }
        boolean years = Level.awarded().stream().map(f::at).flatMap(l -> java.util.stream.Stream.concat(
                l.paths().stream(), l.directPaths().stream()))
                .anyMatch(p -> p.professionalYears() > 0 || p.yearsSincePriorTitle() > 0);
        if (years) {
            open.add(GreenChannel.TRAINING_REDUCES_YEARS);
        }
        return open;
    }
}
