package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.TitleHeld;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A level's achievement requirement, met by representative works (五(二)3): patents, reports, plans, sales
 * amounts, fan counts and the rest count in place of papers, and no paper is ever required. Works dated after the
 * evaluation date do not count.
 */
final class AchievementCheck {

    private AchievementCheck() {
    }

    /**
     * The achievements apply to everyone, outstanding talents too: 五(二)5 and 决定 D-3 waive degree, seniority,
     * papers and awards, and no achievement here requires a paper or an award (五(二)3) — performance (业绩) stays
     * the measure (五(一)1).
     */
    static Finding check(ApplicantFile a, Field field, Optional<AchievementRule> rule, LocalDate asOf) {
        if (rule.isEmpty()) {
            return Finding.leaf("achievements", field.annex(), Outcome.INFO, Map.of(),
                    Message.of("achievements.none"));
        }
        List<Finding> children = rule.get().anyOf().stream().map(x -> check(a, field, x, asOf)).toList();
        long passed = children.stream().filter(f -> f.outcome() == Outcome.PASSED).count();
        boolean provisional = rule.get().anyOf().stream().anyMatch(Achievement::provisional);
        Map<String, Object> facts = Map.of("passed", passed, "required", rule.get().min());
        if (passed >= rule.get().min()) {
            return new Finding("achievements", List.of(field.annex(), new Clause("五(二)3")), Outcome.PASSED, facts,
                    Message.of("achievements.passed", passed, rule.get().min()), Optional.empty(), Optional.empty(),
                    provisional, children);
        }
        return new Finding("achievements", List.of(field.annex(), new Clause("五(二)3")), Outcome.FAILED, facts,
                Message.of("achievements.failed", passed, rule.get().min()), Optional.empty(), Optional.empty(),
                provisional, children);
    }

    private static Finding check(ApplicantFile a, Field field, Achievement achievement, LocalDate asOf) {
        // Java 17 has no pattern switch; the permitted subtypes are exhausted here in order.
        if (achievement instanceof WorksAchievement w) {
            return works(a, field, w, asOf);
        } else if (achievement instanceof SalesAchievement s) {
            return sales(a, s, asOf);
        } else if (achievement instanceof FanAchievement f) {
            return fans(a, f, asOf);
        }
        return service(a, (ServiceHoursAchievement) achievement, asOf);
    }

    private static Finding works(ApplicantFile a, Field field, WorksAchievement w, LocalDate asOf) {
        LocalDate since = w.window() == WorkWindow.SINCE_PRIOR_TITLE
                ? LadderCheck.currentTitle(a, field, asOf).map(TitleHeld::awarded).orElse(LocalDate.MIN)
                : LocalDate.MIN;
        List<RepresentativeWork> counted = dated(a, asOf)
                .filter(x -> w.kinds().contains(x.kind()))
                .filter(x -> !w.principal() || x.role() == WorkRole.PRINCIPAL)
                .filter(x -> !x.date().isBefore(since))
                .toList();
        return result(w, counted.size() >= w.min(), Map.of("counted", counted.size(), "min", w.min(),
                        "titles", counted.stream().map(RepresentativeWork::title).toList()),
                Message.of("works.result", w.name(), counted.size(), w.min()));
    }

    /**
     * Sales within the window: a period that lies partly outside it counts in proportion to the days inside it, so a
     * seven-year total cannot pass for a year's sales.
     */
    private static Finding sales(ApplicantFile a, SalesAchievement s, LocalDate asOf) {
        LocalDate from = asOf.minusMonths(s.withinMonths());
        BigDecimal total = dated(a, asOf)
                .filter(x -> x.kind() == WorkKind.SALES_AMOUNT)
                .flatMap(x -> x.sales().stream())
                .map(x -> withinWindow(x, from, asOf))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(0, java.math.RoundingMode.DOWN);
        return result(s, total.compareTo(s.minYuan()) >= 0,
                Map.of("totalYuan", total, "minYuan", s.minYuan(), "withinMonths", s.withinMonths()),
                Message.of("sales.result", s.name(), total.toPlainString(), s.minYuan().toPlainString(),
                        s.withinMonths()));
    }

    private static BigDecimal withinWindow(cn.zhicheng.core.applicant.SalesAmount sales, LocalDate from,
                                           LocalDate to) {
        LocalDate start = sales.from().isAfter(from) ? sales.from() : from;
        LocalDate end = sales.to().isBefore(to) ? sales.to() : to;
        if (end.isBefore(start)) {
            return BigDecimal.ZERO;
        }
        long inside = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        long all = java.time.temporal.ChronoUnit.DAYS.between(sales.from(), sales.to()) + 1;
        return sales.yuan().multiply(BigDecimal.valueOf(inside))
                .divide(BigDecimal.valueOf(all), 2, java.math.RoundingMode.DOWN);
    }

    private static Finding fans(ApplicantFile a, FanAchievement f, LocalDate asOf) {
        LocalDate from = asOf.minusMonths(f.withinMonths());
        Optional<cn.zhicheng.core.applicant.FanCount> best = dated(a, asOf)
                .filter(x -> x.kind() == WorkKind.FAN_COUNT)
                .flatMap(x -> x.fans().stream())
                .filter(x -> !x.asOf().isBefore(from) && !x.asOf().isAfter(asOf))
                .max(java.util.Comparator.comparingLong(cn.zhicheng.core.applicant.FanCount::count));
        long count = best.map(x -> x.count()).orElse(0L);
        String platform = best.map(x -> x.platform()).orElse("-");
        return result(f, count >= f.min(), Map.of("fans", count, "platform", platform, "min", f.min()),
                Message.of("fans.result", f.name(), count, platform, f.min(), f.withinMonths()));
    }

    private static Finding service(ApplicantFile a, ServiceHoursAchievement h, LocalDate asOf) {
        long hours = dated(a, asOf)
                .filter(x -> x.kind() == WorkKind.SERVICE_RECORD)
                .flatMap(x -> x.service().stream())
                .filter(x -> !x.to().isAfter(asOf))
                .mapToLong(x -> x.hours()).sum();
        return result(h, hours >= h.min(), Map.of("hours", hours, "min", h.min()),
                Message.of("service.result", h.name(), hours, h.min()));
    }

    private static Stream<RepresentativeWork> dated(ApplicantFile a, LocalDate asOf) {
        return a.works().stream().filter(x -> !x.date().isAfter(asOf));
    }

    private static Finding result(Achievement x, boolean passed, Map<String, Object> facts, Message message) {
        return new Finding("achievement." + x.id(), List.of(x.citation()), passed ? Outcome.PASSED : Outcome.FAILED,
                facts, message, Optional.empty(), Optional.empty(), x.provisional(), List.of());
    }
}
