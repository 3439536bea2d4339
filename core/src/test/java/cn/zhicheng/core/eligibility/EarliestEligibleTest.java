package cn.zhicheng.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Certificates;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.Employment;
import cn.zhicheng.core.applicant.EmploymentKind;
import cn.zhicheng.core.applicant.Identity;
import cn.zhicheng.core.applicant.Recommender;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.applicant.TrainingCertificate;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.spi.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 决定 D-22 over a generated population: whenever a decision says "not yet", it is eligible on the earliest date it
 * names and not on the day before. The applicants are built so that mostly only time is missing — their works are
 * dated on the evaluation day, after every title, and sometimes before the title so that only the direct path can
 * count them (决定 D-15) — with starts and awards across leap days and month ends, over every path of the engineering
 * ladder, with and without junior titles and training.
 */
class EarliestEligibleTest {

    private static final FieldCriteria FIELD = Fixtures.minimalField();
    private static final List<Degree> DEGREES = List.of(Degree.SECONDARY_VOCATIONAL, Degree.JUNIOR_COLLEGE,
            Degree.BACHELOR, Degree.SECOND_BACHELOR, Degree.MASTER, Degree.DOCTORATE);
    private final Evaluator evaluator = new Evaluator();

    @Test
    void everyNotYetIsEligibleOnTheDateItNamesAndNotTheDayBefore() {
        Random random = new Random(20210229L);
        int notYet = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            LocalDate asOf = day(random, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
            Level level = Level.awarded().get(random.nextInt(4));
            ApplicantFile a = applicant(random, level, asOf);
            Decision d = evaluator.evaluate(a, FIELD, level, asOf);
            if (d.verdict() != Verdict.NOT_YET) {
                continue;
            }
            notYet++;
            LocalDate on = d.earliestEligible().orElseThrow();
            Verdict then = evaluator.evaluate(a, FIELD, level, on).verdict();
            Verdict before = evaluator.evaluate(a, FIELD, level, on.minusDays(1)).verdict();
            if (then != Verdict.ELIGIBLE || before == Verdict.ELIGIBLE) {
                wrong.add(level + " start " + a.professionalWorkStart() + " titles " + a.titles().stream()
                        .map(t -> t.level() + "@" + t.awarded()).toList() + " as of " + asOf + ": named " + on
                        + " → " + then + ", the day before → " + before);
            }
        }
        assertTrue(notYet >= 1000, "the population must exercise the rule: only " + notYet + " were NOT_YET");
        assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())), wrong.size() + " of " + notYet);
    }

    private static ApplicantFile applicant(Random random, Level level, LocalDate asOf) {
        Degree degree = DEGREES.get(random.nextInt(DEGREES.size()));
        LocalDate start = day(random, asOf.minusYears(12), asOf);
        List<TitleHeld> titles = new ArrayList<>();
        // the title below the level, sometimes none (direct intermediate, or only time missing for it)
        Level below = level == Level.JUNIOR ? null : Level.awarded().get(Level.awarded().indexOf(level) - 1);
        if (below != null && (below != Level.JUNIOR || random.nextBoolean())) {
            titles.add(new TitleHeld(null, Series.ENGINEERING, below, null, null, day(random, start, asOf)));
        }
        List<TrainingCertificate> training = random.nextInt(4) == 0
                ? List.of(new TrainingCertificate(null, "培训", FIELD.field().code(), true, 120, day(random, start, asOf)))
                : List.of();
        // mostly dated on the evaluation day, after every title; one in four before the title, where only the
        // direct path (决定 D-15) can count them
        LocalDate dated = !titles.isEmpty() && random.nextInt(4) == 0
                ? day(random, start, titles.get(0).awarded().minusDays(1)) : asOf;
        List<RepresentativeWork> works = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            works.add(new RepresentativeWork(null, WorkKind.PROJECT_REPORT, "项目报告 " + w, dated, WorkRole.PRINCIPAL,
                    null, null, null));
        }
        works.add(new RepresentativeWork(null, WorkKind.PATENT, "专利", dated, WorkRole.PRINCIPAL, null, null, null));
        return new ApplicantFile(new Identity("测试", "220102199001011239", null),
                new Employment(EmploymentKind.FREELANCE, null, null, "220102", null, false),
                Optional.of(new Recommender(RecommenderKind.INCUBATOR, "孵化园", null)), null,
                List.of(new Education(null, degree, "管理学", null, start.minusYears(1))), titles, start, training,
                List.of(), works, Certificates.NONE);
    }

    /** A day between two dates, often a month's end or 29 February, where counting years slips. */
    private static LocalDate day(Random random, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        LocalDate d = LocalDate.ofEpochDay(from.toEpochDay() + (span <= 0 ? 0 : (long) (random.nextDouble() * span)));
        int pick = random.nextInt(6);
        if (pick == 0 && d.isLeapYear() && !LocalDate.of(d.getYear(), 2, 29).isAfter(to)
                && !LocalDate.of(d.getYear(), 2, 29).isBefore(from)) {
            return LocalDate.of(d.getYear(), 2, 29);
        }
        if (pick <= 2) {
            LocalDate end = d.withDayOfMonth(d.lengthOfMonth());
            d = end.isAfter(to) ? d : end;
        }
        return d;
    }
}
