package cn.zhicheng.core.scrutiny;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.eligibility.Decision;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.RuleIds;
import cn.zhicheng.core.policy.Level;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What one case of an annex exercised: the green channels of 五(二)2, 5 and 6 its decision relied on or tried
 * (a channel tried and failed is exercised too: the case shows where it ends). A case whose file was refused, or
 * whose decision never reached a channel, exercises none.
 */
public record CaseRun(String annexId, String field, Level level, String name, Set<GreenChannel> exercised) {

    /** The channels a case can exercise: the others apply to every decision (五(二)1, 3, 4). */
    public static final Set<GreenChannel> DECISIVE = EnumSet.of(GreenChannel.DIRECT_INTERMEDIATE,
            GreenChannel.OUTSTANDING_TALENT, GreenChannel.TRAINING_REDUCES_YEARS);

    private static final Map<String, GreenChannel> TRIED = Map.of(
            RuleIds.LADDER_DIRECT, GreenChannel.DIRECT_INTERMEDIATE,
            RuleIds.LADDER_DIRECT_TRAINING, GreenChannel.TRAINING_REDUCES_YEARS,
            RuleIds.LADDER_TRAINING, GreenChannel.TRAINING_REDUCES_YEARS,
            RuleIds.LADDER_TALENT, GreenChannel.OUTSTANDING_TALENT);

    public CaseRun {
        requireNonNull(annexId, "annexId is null");
        requireNonNull(field, "field is null");
        requireNonNull(level, "level is null");
        requireNonNull(name, "name is null");
        exercised = exercised.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exercised));
    }

    static CaseRun of(String annexId, String name, Decision d) {
        Set<GreenChannel> exercised = EnumSet.noneOf(GreenChannel.class);
        d.greenChannels().stream().filter(DECISIVE::contains).forEach(exercised::add);
        d.findings().stream().flatMap(Finding::flatten).map(f -> TRIED.get(f.rule()))
                .filter(java.util.Objects::nonNull).forEach(exercised::add);
        return new CaseRun(annexId, d.field().code(), d.level(), name, exercised);
    }
}
