package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.SalesAmount;
import cn.zhicheng.core.applicant.ServiceHours;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.criteria.SalesAchievement;
import cn.zhicheng.core.criteria.ServiceHoursAchievement;
import cn.zhicheng.core.policy.Clause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Sales amounts and service hours as 决定 D-17 counts them: a certified record counts in full when its period lies
 * wholly inside the window, and for nothing when it straddles an edge — the finding names it, so the applicant can
 * submit the part inside. Nothing is prorated: a certificate states a total for its period, not how it was spread.
 */
final class QuantifiedRecords {

    static final Clause D17 = new Clause("决定 D-17");

    private QuantifiedRecords() {
    }

    static Finding sales(Stream<RepresentativeWork> works, SalesAchievement s, AchievementCheck.Basis basis) {
        Window window = Window.lastFullYears(s.withinYears(), basis.cutOff());
        List<RepresentativeWork> records = works.filter(x -> x.kind() == WorkKind.SALES_AMOUNT).toList();
        List<RepresentativeWork> counted = records.stream()
                .filter(x -> x.sales().filter(r -> window.containsPeriod(r.from(), r.to())).isPresent()).toList();
        List<String> straddling = records.stream()
                .filter(x -> x.sales().filter(r -> window.straddles(r.from(), r.to())).isPresent())
                .map(RepresentativeWork::id).toList();
        BigDecimal total = counted.stream().flatMap(x -> x.sales().stream()).map(SalesAmount::yuan)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!basis.explain()) {
            return AchievementCheck.result(s, total.compareTo(s.minYuan()) >= 0, Map.of(), Subject.UNEXPLAINED,
                    List.of());
        }
        Map<String, Object> facts = new LinkedHashMap<>(Map.of("totalYuan", total, "minYuan", s.minYuan(),
                "windowFrom", window.from(), "windowTo", window.to()));
        Message message = Message.of("sales.result", s.name(), total.toPlainString(), s.minYuan().toPlainString(),
                window.from(), window.to());
        if (!straddling.isEmpty()) {
            facts.put("straddling", straddling);
            message = Message.of("sales.resultStraddling", s.name(), total.toPlainString(),
                    s.minYuan().toPlainString(), window.from(), window.to(), String.join(", ", straddling));
        }
        return AchievementCheck.result(s, total.compareTo(s.minYuan()) >= 0, facts, message,
                counted.stream().map(RepresentativeWork::id).toList());
    }

    /** Service hours count up to the cut-off date; a period running past it counts for nothing. */
    static Finding service(Stream<RepresentativeWork> works, ServiceHoursAchievement h, AchievementCheck.Basis basis) {
        LocalDate cutOff = basis.cutOff();
        Window window = Window.upTo(cutOff);
        List<RepresentativeWork> records = works.filter(x -> x.kind() == WorkKind.SERVICE_RECORD).toList();
        List<RepresentativeWork> counted = records.stream()
                .filter(x -> x.service().filter(r -> window.containsPeriod(r.from(), r.to())).isPresent()).toList();
        List<String> straddling = records.stream()
                .filter(x -> x.service().filter(r -> window.straddles(r.from(), r.to())).isPresent())
                .map(RepresentativeWork::id).toList();
        long hours = counted.stream().flatMap(x -> x.service().stream()).mapToLong(ServiceHours::hours).sum();
        if (!basis.explain()) {
            return AchievementCheck.result(h, hours >= h.min(), Map.of(), Subject.UNEXPLAINED, List.of());
        }
        Map<String, Object> facts = new LinkedHashMap<>(Map.of("hours", hours, "min", h.min(), "cutOff", cutOff));
        Message message = Message.of("service.result", h.name(), hours, h.min(), cutOff);
        if (!straddling.isEmpty()) {
            facts.put("straddling", straddling);
            message = Message.of("service.resultStraddling", h.name(), hours, h.min(), cutOff,
                    String.join(", ", straddling));
        }
        return AchievementCheck.result(h, hours >= h.min(), facts, message,
                counted.stream().map(RepresentativeWork::id).toList());
    }

    /**
     * Two sales records of one platform account over overlapping periods would count the same sales twice (决定
     * D-17); the file is refused until they are corrected. Shown only when the file has sales records.
     */
    static Optional<Finding> overlaps(ApplicantFile a, LocalDate asOf) {
        List<RepresentativeWork> records = AchievementCheck.dated(a, asOf)
                .filter(x -> x.sales().isPresent()).toList();
        if (records.isEmpty()) {
            return Optional.empty();
        }
        List<String> pairs = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                SalesAmount x = records.get(i).sales().get();
                SalesAmount y = records.get(j).sales().get();
                if (x.platform().equals(y.platform()) && x.account().equals(y.account())
                        && !x.to().isBefore(y.from()) && !y.to().isBefore(x.from())) {
                    pairs.add(records.get(i).id() + " & " + records.get(j).id() + " (" + x.platform() + " "
                            + x.account() + ")");
                    evidence.add(records.get(i).id());
                    evidence.add(records.get(j).id());
                }
            }
        }
        boolean ok = pairs.isEmpty();
        return Optional.of(new Finding(RuleIds.SALES_RECORDS, List.of(D17), ok ? Outcome.PASSED : Outcome.FAILED,
                Map.of("records", records.size(), "overlapping", pairs),
                ok ? Message.of("sales.noOverlap", records.size()) : Message.of("sales.overlap", String.join("; ", pairs)),
                Optional.empty(), Optional.empty(), false, List.of(), evidence));
    }
}
