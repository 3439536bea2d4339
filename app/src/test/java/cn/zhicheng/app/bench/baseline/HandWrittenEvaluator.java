package cn.zhicheng.app.bench.baseline;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.EmploymentKind;
import cn.zhicheng.core.applicant.FanCount;
import cn.zhicheng.core.applicant.PublicInstitutionArrangement;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.SalesAmount;
import cn.zhicheng.core.applicant.ServiceHours;
import cn.zhicheng.core.applicant.TalentRecognition;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.applicant.TrainingCertificate;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.criteria.Achievement;
import cn.zhicheng.core.criteria.AchievementRule;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.FanAchievement;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.criteria.SalesAchievement;
import cn.zhicheng.core.criteria.ServiceHoursAchievement;
import cn.zhicheng.core.criteria.WorkWindow;
import cn.zhicheng.core.criteria.WorksAchievement;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The baseline the engine's verdict-only path is timed against: the whole question {@code Evaluator.screen} answers
 * for the engineering fields (附件1–11) and marketing (附件12) at the four levels — may the applicant apply on the
 * date, and if only time is missing, from which day — written by hand as one would without a rules engine: plain
 * loops over the file, no findings, no explanation, no optionals or streams, one small answer per applicant.
 *
 * <p>The <em>numbers</em> are read from the loaded {@link FieldCriteria}, not typed: the ladder's paths with their
 * degrees and years (人社部发〔2019〕16号, 附件12 and 决定 D-16 as the series baselines state them), the direct
 * intermediate paths derived from them (五(二)2, 决定 D-2) and each level's achievements with their thresholds (附件1–12,
 * 决定 D-11). Twelve annexes at four levels typed in would be a copy that drifts from the YAML the engine reads, and
 * then a disagreement would say nothing about either. What is written by hand is everything the engine's eligibility
 * package decides with those numbers: scope, the ladder and its green channels, which works count and from when, the
 * windows of quantified records, and how the blocks make the verdict. No class of that package is called; only its
 * {@link Verdict} names the answer.
 *
 * <p>The round's cut-off date is the evaluation date, as in {@code Evaluator.screen(applicant, criteria, level, asOf)}.
 */
public final class HandWrittenEvaluator {

    /** The verdict, and the earliest day of eligibility when only time is missing (else null). */
    public record Answer(Verdict verdict, LocalDate earliest) {
    }

    private static final Answer ELIGIBLE = new Answer(Verdict.ELIGIBLE, null);
    private static final Answer INELIGIBLE = new Answer(Verdict.INELIGIBLE, null);

    /** A route passes today; otherwise it passes on a day (a date) or never ({@link #NEVER}). */
    private static final LocalDate PASSES = LocalDate.MIN;
    private static final LocalDate NEVER = LocalDate.MAX;

    private HandWrittenEvaluator() {
    }

    /** Whether the applicant may apply for {@code level} of the field on the date, or from when. */
    public static Answer screen(ApplicantFile a, FieldCriteria criteria, Level level, LocalDate asOf) {
        Field field = criteria.field();
        Series series = field.series();
        LevelCriteria at = criteria.at(level);
        // 四: an annex version decides only the dates it is in force on
        RuleSet rules = criteria.ruleSet();
        if (asOf.isBefore(rules.effectiveFrom())
                || rules.effectiveTo().isPresent() && asOf.isAfter(rules.effectiveTo().get())) {
            return INELIGIBLE;
        }
        if (!inScope(a, field, level, asOf)) {
            return INELIGIBLE;
        }
        // 五(三)1 / 决定 D-17: two sales records of one account over overlapping periods refuse the file
        if (overlappingSales(a, asOf)) {
            return INELIGIBLE;
        }

        Degree degree = highestDegree(a, asOf);
        LocalDate start = a.professionalWorkStart();
        boolean trained = trained(a, field.code(), asOf);
        List<EducationPath> paths = at.paths();
        List<EducationPath> directPaths = at.directPaths();

        // the ladder: base paths, then 五(二)6 training, 五(二)2 direct intermediate, 五(二)5 outstanding talent
        LocalDate ladder;
        boolean direct = false;
        LocalDate base = best(paths, a, series, degree, start, 0, asOf);
        LocalDate eased = NEVER;
        if (base == PASSES) {
            ladder = PASSES;
        } else if (trained && (eased = best(paths, a, series, degree, start, 1, asOf)) == PASSES) {
            ladder = PASSES; // 五(二)6, 决定 D-4, D-18: one year off every years requirement
        } else {
            LocalDate viaDirect = direct(directPaths, a, series, degree, start, trained, asOf);
            if (viaDirect == PASSES) {
                ladder = PASSES;
                direct = true;
            } else if (talent(a, series, level, asOf)) {
                ladder = PASSES;
            } else {
                // only time missing on some route: the first day any route passes; on a tie the base route decides
                LocalDate other = earlier(base, eased);
                ladder = earlier(other, viaDirect);
                direct = viaDirect != NEVER && viaDirect.isBefore(other);
            }
        }

        // 五(二)3: achievements count since the current title, or since the start of work on the direct path (决定 D-15)
        boolean achieved = achieved(a, at, direct ? start : currentTitleAwarded(a, series, asOf), asOf);
        if (!achieved && !direct && !directPaths.isEmpty()) {
            // 决定 D-15: a junior title never leaves one worse off; the decision may rest on 五(二)2, now or later
            LocalDate viaDirect = direct(directPaths, a, series, degree, start, trained, asOf);
            if (viaDirect != NEVER && achieved(a, at, start, asOf)) {
                ladder = viaDirect;
                achieved = true;
            }
        }
        if (!achieved || ladder == NEVER) {
            return INELIGIBLE;
        }
        return ladder == PASSES ? ELIGIBLE : new Answer(Verdict.NOT_YET, ladder);
    }

    /**
     * 一(一), 一(二): engineering and marketing are open to private enterprises and freelancers; the field's
     * sub-occupation where it lists some; 五(三)1: a labour relation in Jilin and a recommender; 五(三)2: no public
     * institution arrangement; no retired person; and titles are applied for level by level (逐级).
     */
    private static boolean inScope(ApplicantFile a, Field field, Level level, LocalDate asOf) {
        EmploymentKind kind = a.employment().kind();
        if (field.series() != Series.SOCIAL_SERVICE
                && kind != EmploymentKind.PRIVATE_ENTERPRISE && kind != EmploymentKind.FREELANCE) {
            return false;
        }
        if (!field.occupations().isEmpty()) {
            String occupation = a.occupation().orElse(null);
            boolean listed = false;
            for (int i = 0; i < field.occupations().size(); i++) {
                listed |= field.occupations().get(i).code().equals(occupation);
            }
            if (!listed) {
                return false;
            }
        }
        if (!a.employment().inJilin()
                || a.employment().publicInstitutionArrangement() != PublicInstitutionArrangement.NONE
                || a.recommender().isEmpty() || a.employment().retired()) {
            return false;
        }
        List<TitleHeld> titles = a.titles();
        for (int i = 0; i < titles.size(); i++) {
            TitleHeld t = titles.get(i);
            if (t.series() == field.series() && !t.awarded().isAfter(asOf) && t.level().compareTo(level) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** 五(二)2, 决定 D-1, D-2: the derived paths, and with training the derived years less one (五(二)6). */
    private static LocalDate direct(List<EducationPath> directPaths, ApplicantFile a, Series series, Degree degree,
                                    LocalDate start, boolean trained, LocalDate asOf) {
        if (directPaths.isEmpty()) {
            return NEVER;
        }
        LocalDate plain = best(directPaths, a, series, degree, start, 0, asOf);
        return plain == PASSES || !trained ? plain
                : earlier(plain, best(directPaths, a, series, degree, start, 1, asOf));
    }

    /** Of the paths, {@link #PASSES} when one passes, else the first day one does, else {@link #NEVER}. */
    private static LocalDate best(List<EducationPath> paths, ApplicantFile a, Series series, Degree degree,
                                  LocalDate start, int off, LocalDate asOf) {
        LocalDate first = NEVER;
        for (int i = 0; i < paths.size(); i++) {
            LocalDate on = path(paths.get(i), a, series, degree, start, off, asOf);
            if (on == PASSES) {
                return PASSES;
            }
            first = earlier(first, on);
        }
        return first;
    }

    /**
     * One path "X + T + n y": the degree, the first title at the prior level or above and the years since it, the
     * years of professional work, each years requirement less {@code off} but never below zero. Years are complete
     * on the corresponding day, or the month's last day (民法典 第二百零二条, 决定 D-22), which is what plusYears gives.
     */
    private static LocalDate path(EducationPath p, ApplicantFile a, Series series, Degree degree, LocalDate start,
                                  int off, LocalDate asOf) {
        if (degree == null || degree.compareTo(p.education()) < 0) {
            return NEVER;
        }
        LocalDate on = PASSES;
        if (p.priorTitle() != null) {
            LocalDate awarded = firstTitle(a, series, p.priorTitle(), asOf);
            if (awarded == null) {
                return NEVER;
            }
            LocalDate done = awarded.plusYears(Math.max(0, p.yearsSincePriorTitle() - off));
            if (done.isAfter(asOf)) {
                on = done;
            }
        }
        if (p.professionalYears() > 0) {
            LocalDate done = start.plusYears(Math.max(0, p.professionalYears() - off));
            if (done.isAfter(asOf) && (on == PASSES || done.isAfter(on))) {
                on = done;
            }
        }
        return on;
    }

    /** 五(二)5 as 决定 D-3 and D-19 read it: a provincial or national recognition; 正高级 still needs 副高级. */
    private static boolean talent(ApplicantFile a, Series series, Level level, LocalDate asOf) {
        if (level != Level.ASSOCIATE_SENIOR && level != Level.SENIOR) {
            return false;
        }
        List<TalentRecognition> recognitions = a.recognitions();
        for (int i = 0; i < recognitions.size(); i++) {
            TalentRecognition r = recognitions.get(i);
            if (r.level().provincialOrAbove() && !r.recognised().isAfter(asOf)) {
                return level == Level.ASSOCIATE_SENIOR || firstTitle(a, series, Level.ASSOCIATE_SENIOR, asOf) != null;
            }
        }
        return false;
    }

    /** The level's achievement rule (附件1–12), and any an overlay adds, all of which must hold (四, 决定 D-12). */
    private static boolean achieved(ApplicantFile a, LevelCriteria at, LocalDate since, LocalDate asOf) {
        if (at.achievements().isPresent()) {
            AchievementRule rule = at.achievements().get();
            int met = 0;
            int principal = 0; // 决定 D-21
            for (int i = 0; i < rule.anyOf().size(); i++) {
                Achievement x = rule.anyOf().get(i);
                if (meets(a, x, since, asOf)) {
                    met++;
                    principal += x.asPrincipal() ? 1 : 0;
                }
            }
            if (met < rule.min() || principal < rule.minPrincipal()) {
                return false;
            }
        }
        for (int i = 0; i < at.required().size(); i++) {
            if (!meets(a, at.required().get(i), since, asOf)) {
                return false;
            }
        }
        return true;
    }

    private static boolean meets(ApplicantFile a, Achievement x, LocalDate since, LocalDate asOf) {
        if (x instanceof WorksAchievement w) {
            return works(a, w, since, asOf);
        } else if (x instanceof SalesAchievement s) {
            return sales(a, s, asOf);
        } else if (x instanceof FanAchievement f) {
            return fans(a, f, asOf);
        }
        return serviceHours(a, (ServiceHoursAchievement) x, asOf);
    }

    /** 五(二)3, 决定 D-20: works of the kinds, as principal where asked, dated by the date and since the title. */
    private static boolean works(ApplicantFile a, WorksAchievement w, LocalDate since, LocalDate asOf) {
        boolean sinceTitle = w.window() == WorkWindow.SINCE_PRIOR_TITLE && since != null;
        List<RepresentativeWork> works = a.works();
        int count = 0;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork x = works.get(i);
            if (!x.date().isAfter(asOf) && w.kinds().contains(x.kind())
                    && (!w.principal() || x.role() == WorkRole.PRINCIPAL)
                    && (!sinceTitle || !x.date().isBefore(since))) {
                count++;
            }
        }
        return count >= w.min();
    }

    /**
     * 决定 D-17: sales over the last N full calendar years before the cut-off's year; a record counts in full when its
     * period lies wholly inside (both ends in those years), for nothing otherwise.
     */
    private static boolean sales(ApplicantFile a, SalesAchievement s, LocalDate asOf) {
        int firstYear = asOf.getYear() - s.withinYears();
        int lastYear = asOf.getYear() - 1;
        List<RepresentativeWork> works = a.works();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork x = works.get(i);
            if (x.kind() == WorkKind.SALES_AMOUNT && !x.date().isAfter(asOf) && x.sales().isPresent()) {
                SalesAmount r = x.sales().get();
                int from = r.from().getYear();
                int to = r.to().getYear();
                if (from >= firstYear && from <= lastYear && to >= firstYear && to <= lastYear) {
                    total = total.add(r.yuan());
                }
            }
        }
        return total.compareTo(s.minYuan()) >= 0;
    }

    /** 决定 D-17: the best fan count on one platform taken from the window's first year up to the cut-off. */
    private static boolean fans(ApplicantFile a, FanAchievement f, LocalDate asOf) {
        int firstYear = asOf.getYear() - f.withinYears();
        List<RepresentativeWork> works = a.works();
        long best = 0;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork x = works.get(i);
            if (x.kind() == WorkKind.FAN_COUNT && !x.date().isAfter(asOf) && x.fans().isPresent()) {
                FanCount c = x.fans().get();
                if (c.asOf().getYear() >= firstYear && !c.asOf().isAfter(asOf) && c.count() > best) {
                    best = c.count();
                }
            }
        }
        return best >= f.min();
    }

    /** 决定 D-11, D-17: service hours of periods ending by the cut-off. */
    private static boolean serviceHours(ApplicantFile a, ServiceHoursAchievement h, LocalDate asOf) {
        List<RepresentativeWork> works = a.works();
        long hours = 0;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork x = works.get(i);
            if (x.kind() == WorkKind.SERVICE_RECORD && !x.date().isAfter(asOf) && x.service().isPresent()) {
                ServiceHours s = x.service().get();
                if (!s.from().isAfter(asOf) && !s.to().isAfter(asOf)) {
                    hours += s.hours();
                }
            }
        }
        return hours >= h.min();
    }

    /** 决定 D-17: two sales records of one platform account over overlapping periods would count sales twice. */
    private static boolean overlappingSales(ApplicantFile a, LocalDate asOf) {
        List<RepresentativeWork> works = a.works();
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork x = works.get(i);
            if (x.sales().isEmpty() || x.date().isAfter(asOf)) {
                continue;
            }
            SalesAmount r = x.sales().get();
            for (int j = i + 1; j < works.size(); j++) {
                RepresentativeWork y = works.get(j);
                if (y.sales().isEmpty() || y.date().isAfter(asOf)) {
                    continue;
                }
                SalesAmount q = y.sales().get();
                if (r.platform().equals(q.platform()) && r.account().equals(q.account())
                        && !r.to().isBefore(q.from()) && !q.to().isBefore(r.from())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 决定 D-18: a ministry-organised training certificate for the field applied for, issued by the date. */
    private static boolean trained(ApplicantFile a, String field, LocalDate asOf) {
        List<TrainingCertificate> training = a.training();
        for (int i = 0; i < training.size(); i++) {
            TrainingCertificate t = training.get(i);
            if (t.organisedByMohrss() && t.field().equals(field) && !t.issued().isAfter(asOf)) {
                return true;
            }
        }
        return false;
    }

    private static Degree highestDegree(ApplicantFile a, LocalDate asOf) {
        Degree highest = null;
        List<Education> education = a.education();
        for (int i = 0; i < education.size(); i++) {
            Education e = education.get(i);
            if (!e.graduated().isAfter(asOf) && (highest == null || e.degree().compareTo(highest) > 0)) {
                highest = e.degree();
            }
        }
        return highest;
    }

    /** The first title at {@code atLeast} or above in the series held on the date, or null. */
    static LocalDate firstTitle(ApplicantFile a, Series series, Level atLeast, LocalDate asOf) {
        LocalDate first = null;
        List<TitleHeld> titles = a.titles();
        for (int i = 0; i < titles.size(); i++) {
            TitleHeld t = titles.get(i);
            if (t.series() == series && t.level().compareTo(atLeast) >= 0 && !t.awarded().isAfter(asOf)
                    && (first == null || t.awarded().isBefore(first))) {
                first = t.awarded();
            }
        }
        return first;
    }

    /** The award day of the current title (the highest level, of equal levels the latest), or null: all works count. */
    private static LocalDate currentTitleAwarded(ApplicantFile a, Series series, LocalDate asOf) {
        TitleHeld current = null;
        List<TitleHeld> titles = a.titles();
        for (int i = 0; i < titles.size(); i++) {
            TitleHeld t = titles.get(i);
            if (t.series() == series && !t.awarded().isAfter(asOf) && (current == null
                    || t.level().compareTo(current.level()) > 0
                    || t.level() == current.level() && t.awarded().isAfter(current.awarded()))) {
                current = t;
            }
        }
        return current == null ? null : current.awarded();
    }

    private static LocalDate earlier(LocalDate x, LocalDate y) {
        return y.isBefore(x) ? y : x;
    }
}
