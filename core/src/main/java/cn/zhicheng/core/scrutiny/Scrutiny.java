package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.Refusals;
import cn.zhicheng.core.ruleset.VersionWindows;
import cn.zhicheng.core.spi.Annexes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs every static check over loaded annexes (every dated version of every field) and, when given, their cases. */
public final class Scrutiny {

    private Scrutiny() {
    }

    /** The criteria alone. */
    public static Report of(Annexes annexes) {
        return of(annexes, List.of());
    }

    /** The criteria and what their cases exercised. */
    public static Report of(Annexes annexes, List<CaseRun> cases) {
        List<Flaw> flaws = new ArrayList<>();
        for (FieldCriteria f : annexes.versions()) {
            Where where = new Where(f);
            flaws.addAll(Reachability.check(where));
            flaws.addAll(Redundancy.check(where));
            flaws.addAll(ThresholdOrder.check(where));
            flaws.addAll(IdleChannels.check(where));
        }
        flaws.addAll(versionWindows(annexes));
        if (!cases.isEmpty()) {
            flaws.addAll(CaseCoverage.check(annexes.fields(), cases));
        }
        List<String> fields = annexes.fields().stream().map(f -> f.field().code()).toList();
        return new Report(annexes.ruleSets(), fields, cases.size(), flaws);
    }

    /**
     * The loader refuses overlapping and gapped versions at start-up, so over loaded annexes this finds nothing; it
     * is the same rule ({@link VersionWindows}), so a report over files checked together cannot disagree with it.
     */
    private static List<Flaw> versionWindows(Annexes annexes) {
        Map<String, RuleSet> distinct = new LinkedHashMap<>();
        annexes.versions().forEach(f -> distinct.putIfAbsent(f.ruleSet().annexId() + " " + f.ruleSet().version(),
                f.ruleSet()));
        List<VersionWindows.Version> versions = distinct.values().stream()
                .map(r -> new VersionWindows.Version(r, annexes.origin(r).orElse(r.annexId()))).toList();
        List<Flaw> flaws = new ArrayList<>();
        for (InputProblem p : VersionWindows.check(versions)) {
            RuleSet r = distinct.values().stream().filter(v -> annexes.origin(v).orElse(v.annexId())
                    .equals(p.source())).findFirst().orElseThrow();
            flaws.add(new Flaw(Check.VERSION_WINDOWS, Severity.DEFECT, r.annexId(), r.version(), "",
                    Optional.empty(), Optional.of(p.path()), "决定 D-11",
                    Message.of("scrutiny.versions", Refusals.both(p.refusal()))));
        }
        return flaws;
    }
}
