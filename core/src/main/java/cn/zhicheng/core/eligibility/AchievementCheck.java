package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.FanCount;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.criteria.Achievement;
import cn.zhicheng.core.criteria.AchievementRule;
import cn.zhicheng.core.criteria.FanAchievement;
import cn.zhicheng.core.criteria.SalesAchievement;
import cn.zhicheng.core.criteria.ServiceHoursAchievement;
import cn.zhicheng.core.criteria.WorkWindow;
import cn.zhicheng.core.criteria.WorksAchievement;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A level's achievement requirement, met by representative works (五(二)3): patents, reports, plans, papers (决定
 * D-20), sales amounts, fan counts and the rest count, and no paper is ever required. Works dated after the
 * evaluation date do not count; quantified records count in full inside the round's window, or not at all (决定
 * D-17).
 */
final class AchievementCheck {

    /**
     * What the count rests on: the evaluation date, the round's cut-off date that fixes the windows of 决定 D-17,
     * and the day from which works count "since the current title" (决定 D-15).
     */
    record Basis(LocalDate asOf, LocalDate cutOff, LocalDate sinceTitle, boolean explain) {
    }

    private AchievementCheck() {
    }

    /**
     * The achievements apply to everyone, outstanding talents too: 五(二)5 and 决定 D-3 waive degree, seniority,
     * papers and awards, and no achievement here requires a paper or an award (五(二)3) — performance (业绩) stays
     * the measure (五(一)1).
     */
    static Finding check(ApplicantFile a, Field field, Optional<AchievementRule> rule, Basis basis) {
        if (rule.isEmpty()) {
            return Finding.leaf(RuleIds.ACHIEVEMENTS, field.annex(), Outcome.INFO, Map.of(),
                    basis.explain() ? Message.of("achievements.none") : Subject.UNEXPLAINED);
        }
        AchievementRule r = rule.get();
        Finding[] met = new Finding[r.anyOf().size()];
        long passed = 0;
        // 决定 D-21: of the achievements met, those that show work as principal
        long principal = 0;
        boolean provisional = false;
        for (int i = 0; i < met.length; i++) {
            Achievement x = r.anyOf().get(i);
            met[i] = check(a, x, basis);
            if (met[i].outcome() == Outcome.PASSED) {
                passed++;
                principal += x.asPrincipal() ? 1 : 0;
            }
            provisional |= x.provisional();
        }
        List<Finding> children = List.of(met);
        boolean ok = passed >= r.min() && principal >= r.minPrincipal();
        if (!basis.explain()) {
            return new Finding(RuleIds.ACHIEVEMENTS, List.of(), ok ? Outcome.PASSED : Outcome.FAILED, Map.of(),
                    Subject.UNEXPLAINED, Optional.empty(), Optional.empty(), provisional, children);
        }
        Map<String, Object> facts = Map.of("passed", passed, "required", r.min(), "passedAsPrincipal", principal,
                "requiredAsPrincipal", r.minPrincipal());
        Message message = r.minPrincipal() == 0
                ? Message.of(ok ? "achievements.passed" : "achievements.failed", passed, r.min())
                : Message.of(ok ? "achievements.passedPrincipal" : "achievements.failedPrincipal", passed, r.min(),
                        principal, r.minPrincipal());
        return new Finding(RuleIds.ACHIEVEMENTS, List.of(field.annex(), new Clause("五(二)3")),
                ok ? Outcome.PASSED : Outcome.FAILED, facts, message, Optional.empty(), Optional.empty(),
                provisional, children);
    }

    /**
     * The achievements an association's overlay adds besides the level's requirement (四, 决定 D-12): each is counted
     * as the same achievement in the requirement would be, and each is a finding of its own, citing the overlay's
     * clause, that blocks when it is not met — all of them must hold. The province adds none: no finding then.
     */
    static List<Finding> added(ApplicantFile a, List<Achievement> required, Basis basis) {
        if (required.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(required.size());
        for (int i = 0; i < required.size(); i++) {
            Achievement x = required.get(i);
            Finding f = check(a, x, basis);
            out.add(new Finding(basis.explain() ? RuleIds.added(x.id()) : f.rule(), f.clauses(), f.outcome(),
                    f.facts(), f.message(), f.exception(), f.passesOn(), f.provisional(), f.children(),
                    f.evidence()));
        }
        return out;
    }

    private static Finding check(ApplicantFile a, Achievement achievement, Basis basis) {
        // Java 17 has no pattern switch; the permitted subtypes are exhausted here in order.
        if (achievement instanceof WorksAchievement w) {
            return works(a, w, basis);
        } else if (achievement instanceof SalesAchievement s) {
            return QuantifiedRecords.sales(dated(a, basis.asOf()), s, basis);
        } else if (achievement instanceof FanAchievement f) {
            return fans(a, f, basis);
        }
        return QuantifiedRecords.service(dated(a, basis.asOf()), (ServiceHoursAchievement) achievement, basis);
    }

    private static Finding works(ApplicantFile a, WorksAchievement w, Basis basis) {
        LocalDate since = w.window() == WorkWindow.SINCE_PRIOR_TITLE ? basis.sinceTitle() : LocalDate.MIN;
        List<RepresentativeWork> works = a.works();
        List<RepresentativeWork> counted = basis.explain() ? new ArrayList<>() : null;
        int count = 0;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork x = works.get(i);
            if (!x.date().isAfter(basis.asOf()) && w.kinds().contains(x.kind())
                    && (!w.principal() || x.role() == WorkRole.PRINCIPAL) && !x.date().isBefore(since)) {
                count++;
                if (counted != null) {
                    counted.add(x);
                }
            }
        }
        if (!basis.explain()) {
            return result(w, count >= w.min(), Map.of(), Subject.UNEXPLAINED, List.of());
        }
        Map<String, Object> facts = new HashMap<>(Map.of("counted", counted.size(), "min", w.min(),
                "titles", counted.stream().map(RepresentativeWork::title).toList()));
        if (w.window() == WorkWindow.SINCE_PRIOR_TITLE) {
            facts.put("countedSince", since);
        }
        return result(w, counted.size() >= w.min(), facts, Message.of("works.result", w.name(), counted.size(),
                w.min()), counted.stream().map(RepresentativeWork::id).toList());
    }

    private static Finding fans(ApplicantFile a, FanAchievement f, Basis basis) {
        Window window = Window.snapshot(f.withinYears(), basis.cutOff());
        List<RepresentativeWork> inside = dated(a, basis.asOf())
                .filter(x -> x.kind() == WorkKind.FAN_COUNT)
                .filter(x -> x.fans().filter(c -> window.contains(c.asOf())).isPresent())
                .toList();
        Optional<RepresentativeWork> best = inside.stream()
                .max(Comparator.comparingLong(x -> x.fans().map(FanCount::count).orElse(0L)));
        long count = best.flatMap(RepresentativeWork::fans).map(FanCount::count).orElse(0L);
        String platform = best.flatMap(RepresentativeWork::fans).map(FanCount::platform).orElse("-");
        if (!basis.explain()) {
            return result(f, count >= f.min(), Map.of(), Subject.UNEXPLAINED, List.of());
        }
        return result(f, count >= f.min(), Map.of("fans", count, "platform", platform, "min", f.min(),
                        "windowFrom", window.from(), "windowTo", window.to()),
                Message.of("fans.result", f.name(), count, platform, f.min(), window.from(), window.to()),
                best.map(x -> List.of(x.id())).orElse(List.of()));
    }

    static Stream<RepresentativeWork> dated(ApplicantFile a, LocalDate asOf) {
        return a.works().stream().filter(x -> !x.date().isAfter(asOf));
    }

    static Finding result(Achievement x, boolean passed, Map<String, Object> facts, Message message,
                          List<String> evidence) {
        return new Finding(message == Subject.UNEXPLAINED ? x.id() : RuleIds.achievement(x.id()),
                message == Subject.UNEXPLAINED ? List.of() : List.of(x.citation()),
                passed ? Outcome.PASSED : Outcome.FAILED, facts, message, Optional.empty(), Optional.empty(),
                x.provisional(), List.of(), evidence);
    }
}
