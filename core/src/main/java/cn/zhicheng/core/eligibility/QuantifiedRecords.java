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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sales amounts and service hours as 决定 D-17 counts them: a certified record counts in full when its period lies
 * wholly inside the window, and for nothing when it straddles an edge — the finding names it, so the applicant can
 * submit the part inside. Nothing is prorated: a certificate states a total for its period, not how it was spread.
 */
final class QuantifiedRecords {

    static final Clause D17 = new Clause("决定 D-17");

    private QuantifiedRecords() {
    }

    static Finding sales(Subject subject, SalesAchievement s) {
        Window window = Window.lastFullYears(s.withinYears(), subject.cutOff());
        boolean explain = subject.explain();
        LocalDate asOf = subject.asOf();
        List<RepresentativeWork> works = subject.applicant().works();
        List<String> counted = explain ? new ArrayList<>() : null;
        List<String> straddling = explain ? new ArrayList<>() : null;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork x = works.get(i);
            if (x.kind() != WorkKind.SALES_AMOUNT || x.date().isAfter(asOf) || x.sales().isEmpty()) {
                continue;
            }
            SalesAmount r = x.sales().get();
            if (window.containsPeriod(r.from(), r.to())) {
                total = total.add(r.yuan());
                if (explain) {
                    counted.add(x.id());
                }
            } else if (explain && window.straddles(r.from(), r.to())) {
                straddling.add(x.id());
            }
        }
        boolean passed = total.compareTo(s.minYuan()) >= 0;
        if (!explain) {
            return AchievementCheck.result(s, passed, Map.of(), Subject.UNEXPLAINED, List.of());
        }
        if (straddling.isEmpty()) {
            return AchievementCheck.result(s, passed, Facts.of("minYuan", s.minYuan(), "totalYuan", total,
                    "windowFrom", window.from(), "windowTo", window.to()),
                    Message.owned("sales.result", s.name(), total.toPlainString(), s.minYuan().toPlainString(),
                            window.from(), window.to()), counted);
        }
        return AchievementCheck.result(s, passed, Facts.of("minYuan", s.minYuan(), "straddling", straddling,
                        "totalYuan", total, "windowFrom", window.from(), "windowTo", window.to()),
                Message.owned("sales.resultStraddling", s.name(), total.toPlainString(), s.minYuan().toPlainString(),
                        window.from(), window.to(), String.join(", ", straddling)), counted);
    }

    /** Service hours count up to the cut-off date; a period running past it counts for nothing. */
    static Finding service(Subject subject, ServiceHoursAchievement h) {
        LocalDate cutOff = subject.cutOff();
        Window window = Window.upTo(cutOff);
        boolean explain = subject.explain();
        LocalDate asOf = subject.asOf();
        List<RepresentativeWork> works = subject.applicant().works();
        List<String> counted = explain ? new ArrayList<>() : null;
        List<String> straddling = explain ? new ArrayList<>() : null;
        long hours = 0;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork x = works.get(i);
            if (x.kind() != WorkKind.SERVICE_RECORD || x.date().isAfter(asOf) || x.service().isEmpty()) {
                continue;
            }
            ServiceHours r = x.service().get();
            if (window.containsPeriod(r.from(), r.to())) {
                hours += r.hours();
                if (explain) {
                    counted.add(x.id());
                }
            } else if (explain && window.straddles(r.from(), r.to())) {
                straddling.add(x.id());
            }
        }
        boolean passed = hours >= h.min();
        if (!explain) {
            return AchievementCheck.result(h, passed, Map.of(), Subject.UNEXPLAINED, List.of());
        }
        if (straddling.isEmpty()) {
            return AchievementCheck.result(h, passed, Facts.of("cutOff", cutOff, "hours", hours, "min", h.min()),
                    Message.owned("service.result", h.name(), hours, h.min(), cutOff), counted);
        }
        return AchievementCheck.result(h, passed, Facts.of("cutOff", cutOff, "hours", hours, "min", h.min(),
                        "straddling", straddling),
                Message.owned("service.resultStraddling", h.name(), hours, h.min(), cutOff,
                        String.join(", ", straddling)), counted);
    }

    /**
     * Two sales records of one platform account over overlapping periods would count the same sales twice (决定
     * D-17); the file is refused until they are corrected. Shown only when the file has sales records: null when it
     * has none.
     */
    static Finding overlaps(ApplicantFile a, LocalDate asOf, boolean explain) {
        List<RepresentativeWork> works = a.works();
        int records = 0;
        List<String> pairs = null;
        List<String> evidence = null;
        boolean ok = true;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork r = works.get(i);
            if (!isRecord(r, asOf)) {
                continue;
            }
            if (records++ == 0 && explain) {
                pairs = new ArrayList<>();
                evidence = new ArrayList<>();
            }
            SalesAmount x = r.sales().get();
            for (int j = i + 1; j < works.size(); j++) {
                RepresentativeWork q = works.get(j);
                if (!isRecord(q, asOf)) {
                    continue;
                }
                SalesAmount y = q.sales().get();
                if (x.platform().equals(y.platform()) && x.account().equals(y.account())
                        && !x.to().isBefore(y.from()) && !y.to().isBefore(x.from())) {
                    ok = false;
                    if (explain) {
                        pairs.add(r.id() + " & " + q.id() + " (" + x.platform() + " " + x.account() + ")");
                        evidence.add(r.id());
                        evidence.add(q.id());
                    }
                }
            }
        }
        if (records == 0) {
            return null;
        }
        Outcome outcome = ok ? Outcome.PASSED : Outcome.FAILED;
        if (!explain) {
            return OVERLAPS_UNEXPLAINED[outcome.ordinal()];
        }
        return new Finding(RuleIds.SALES_RECORDS, D17_CLAUSES, outcome,
                Facts.of("records", records, "overlapping", pairs),
                ok ? Message.owned("sales.noOverlap", records) : Message.owned("sales.overlap", String.join("; ", pairs)),
                Optional.empty(), Optional.empty(), false, List.of(), evidence);
    }

    /** A sales record dated by the evaluation date. */
    private static boolean isRecord(RepresentativeWork w, LocalDate asOf) {
        return w.sales().isPresent() && !w.date().isAfter(asOf);
    }

    private static final Finding[] OVERLAPS_UNEXPLAINED = Subject.unexplained(RuleIds.SALES_RECORDS);
    private static final List<Clause> D17_CLAUSES = List.of(D17);
}
