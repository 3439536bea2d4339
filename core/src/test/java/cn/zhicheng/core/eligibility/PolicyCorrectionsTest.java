package cn.zhicheng.core.eligibility;

import static cn.zhicheng.core.eligibility.Applicants.bachelor;
import static cn.zhicheng.core.eligibility.Applicants.work;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.RecognitionLevel;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.SalesAmount;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy corrections 决定 D-15 to D-20, as an applicant would notice them. */
class PolicyCorrectionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final String WORKS = "- {id: t-intermediate, type: works, name: {zh: 项目, en: project}, "
            + "kinds: [PROJECT_REPORT], min: 1,";
    /** The minimal field with its intermediate works counted since the current title. */
    private static final FieldCriteria SINCE_TITLE = Fixtures.field(Fixtures.minimal()
            .replace(WORKS, WORKS + " window: SINCE_PRIOR_TITLE,"));
    private static final FieldCriteria SALES = Fixtures.field(Fixtures.minimal()
            .replace("- {id: t-junior, type: works, name: {zh: 项目, en: project}, kinds: [PROJECT_REPORT], min: 1,",
                    "- {id: t-junior, type: sales, name: {zh: 营销额, en: sales}, minYuan: 500000, withinYears: 1,"));
    private final Evaluator evaluator = new Evaluator();

    private Decision decide(Applicants a, FieldCriteria field, Level level) {
        return evaluator.evaluate(a.file(), field, level, AS_OF);
    }

    // --- 决定 D-15 ---------------------------------------------------------------------------------------------

    @Test
    void holdingAJuniorTitleNeverLeavesAnApplicantWorseOff() {
        Applicants without = bachelor(LocalDate.of(2018, 7, 1))
                .withWorks(work(WorkKind.PROJECT_REPORT, LocalDate.of(2022, 5, 1), WorkRole.PRINCIPAL));
        Applicants with = without.title(Level.JUNIOR, LocalDate.of(2025, 1, 10));
        Decision a = decide(without, SINCE_TITLE, Level.INTERMEDIATE);
        Decision b = decide(with, SINCE_TITLE, Level.INTERMEDIATE);
        assertEquals(Verdict.ELIGIBLE, a.verdict());
        assertEquals(Verdict.ELIGIBLE, b.verdict(), "the 2022 project predates the title, yet the direct path counts it");
        assertTrue(b.greenChannels().contains(GreenChannel.DIRECT_INTERMEDIATE));
        assertEquals(LocalDate.of(2018, 7, 1), b.finding("achievement.t-intermediate").orElseThrow().facts()
                .get("countedSince"));
    }

    @Test
    void aMetBaseRequirementYieldsToTheDirectPathWhenOnlyThatCountsTheWorks() {
        Applicants a = bachelor(LocalDate.of(2016, 7, 1)).title(Level.JUNIOR, LocalDate.of(2021, 6, 1))
                .withWorks(work(WorkKind.PROJECT_REPORT, LocalDate.of(2020, 5, 1), WorkRole.PRINCIPAL));
        Decision d = decide(a, SINCE_TITLE, Level.INTERMEDIATE);
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertEquals(Outcome.PASSED, d.finding("ladder.path.eng-intermediate-bachelor").orElseThrow().outcome());
        assertEquals("ladder.directChosen", d.finding(RuleIds.LADDER).orElseThrow().message().key());
    }

    @Test
    void worksBeforeTheTitleWaitForTheYearsOfTheDirectPath() {
        // the base requirement is met, but the only work predates the title; the direct path's five years are
        // complete on 2026-09-01, and from then the decision rests on it and counts that work
        Applicants a = bachelor(LocalDate.of(2021, 9, 1)).title(Level.JUNIOR, LocalDate.of(2022, 6, 1))
                .withWorks(work(WorkKind.PROJECT_REPORT, LocalDate.of(2022, 5, 1), WorkRole.PRINCIPAL));
        Decision d = evaluator.evaluate(a.file(), SINCE_TITLE, Level.INTERMEDIATE, LocalDate.of(2026, 7, 1));
        assertEquals(Verdict.NOT_YET, d.verdict());
        assertEquals(Optional.of(LocalDate.of(2026, 9, 1)), d.earliestEligible());
        assertEquals("ladder.directPending", d.finding(RuleIds.LADDER).orElseThrow().message().key());
        assertEquals(Verdict.ELIGIBLE, evaluator.evaluate(a.file(), SINCE_TITLE, Level.INTERMEDIATE,
                LocalDate.of(2026, 9, 1)).verdict());
        assertEquals(Verdict.INELIGIBLE, evaluator.evaluate(a.file(), Fixtures.field(Fixtures.minimal()
                .replace(WORKS, WORKS + " window: SINCE_PRIOR_TITLE,").replace("    annex: 附件1\n",
                        "    annex: 附件1\n    directIntermediate: false\n")), Level.INTERMEDIATE,
                LocalDate.of(2026, 7, 1)).verdict(), "where an annex switches 五(二)2 off, the title's window holds");
    }

    // --- 决定 D-16 ---------------------------------------------------------------------------------------------

    @Test
    void juniorCollegeReachesJuniorAfterThreeYearsWithoutATechnicianTitle() {
        Applicants a = bachelor(LocalDate.of(2023, 6, 30)).degree(Degree.JUNIOR_COLLEGE);
        Decision d = decide(a, Fixtures.minimalField(), Level.JUNIOR);
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertEquals(Outcome.PASSED, d.finding("ladder.path.eng-junior-college-years").orElseThrow().outcome());
        Decision early = decide(bachelor(LocalDate.of(2023, 7, 1)).degree(Degree.JUNIOR_COLLEGE),
                Fixtures.minimalField(), Level.JUNIOR);
        assertEquals(Optional.of(LocalDate.of(2026, 7, 1)), early.earliestEligible());
    }

    @Test
    void juniorCollegeDirectIntermediateTakesSevenYearsNotSix() {
        Applicants a = bachelor(LocalDate.of(2020, 3, 1)).degree(Degree.JUNIOR_COLLEGE);
        Decision d = decide(a, Fixtures.minimalField(), Level.INTERMEDIATE);
        assertEquals(Verdict.NOT_YET, d.verdict(), "six years of work are not enough");
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), d.earliestEligible());
        Finding college = d.finding("ladder.direct.eng-intermediate-college-direct").orElseThrow();
        assertTrue(college.provisional(), "it rests on the provisional 决定 D-16 junior path");
        assertTrue(college.clauses().get(0).ref().contains("决定 D-16"), college.clauses().toString());
    }

    @Test
    void secondaryVocationalReachesJuniorAfterFiveYears() {
        Applicants a = bachelor(LocalDate.of(2021, 6, 30)).degree(Degree.SECONDARY_VOCATIONAL);
        assertEquals(Verdict.ELIGIBLE, decide(a, Fixtures.minimalField(), Level.JUNIOR).verdict());
        assertEquals(Verdict.NOT_YET, decide(bachelor(LocalDate.of(2021, 7, 1)).degree(Degree.SECONDARY_VOCATIONAL),
                Fixtures.minimalField(), Level.JUNIOR).verdict());
    }

    // --- 决定 D-17 ---------------------------------------------------------------------------------------------

    private static RepresentativeWork sales(String id, String account, String yuan, LocalDate from, LocalDate to) {
        return new RepresentativeWork(id, WorkKind.SALES_AMOUNT, "营销额 " + id, to, WorkRole.PRINCIPAL,
                Optional.of(new SalesAmount("抖音", account, new BigDecimal(yuan), from, to)), null, null);
    }

    @Test
    void aRecordWhollyInsideTheWindowCountsInFull() {
        Decision d = decide(bachelor(LocalDate.of(2018, 1, 1)).withWorks(sales("s-2025", "shop-1", "600000",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))), SALES, Level.JUNIOR);
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        Finding f = d.finding("achievement.t-junior").orElseThrow();
        assertEquals(new BigDecimal("600000"), f.facts().get("totalYuan"));
        assertEquals(List.of("s-2025"), f.evidence());
    }

    @Test
    void aRecordStraddlingTheWindowCountsForNothingAndIsNamed() {
        // the last full year before a 2026 cut-off is 2025; a record reaching into 2026 is not prorated
        Decision d = decide(bachelor(LocalDate.of(2018, 1, 1)).withWorks(sales("s-straddle", "shop-1", "5000000",
                LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30))), SALES, Level.JUNIOR);
        assertEquals(Verdict.INELIGIBLE, d.verdict());
        Finding f = d.finding("achievement.t-junior").orElseThrow();
        assertEquals(BigDecimal.ZERO, f.facts().get("totalYuan"));
        assertEquals(List.of("s-straddle"), f.facts().get("straddling"));
        assertTrue(Messages.render(f.message(), Messages.EN).contains("s-straddle"));
        assertTrue(Messages.render(f.message(), Messages.ZH).contains("s-straddle"));
    }

    @Test
    void theRoundsCutOffDateFixesTheWindow() {
        ApplicantFileHolder h = new ApplicantFileHolder(bachelor(LocalDate.of(2018, 1, 1)).withWorks(sales("s-2024",
                "shop-1", "600000", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
        assertEquals(Verdict.INELIGIBLE, evaluator.evaluate(h.file, SALES, Level.JUNIOR, AS_OF).verdict());
        assertEquals(Verdict.ELIGIBLE, evaluator.evaluate(h.file, SALES, Level.JUNIOR, AS_OF,
                LocalDate.of(2025, 12, 31)).verdict(), "a 2025 round counts 2024");
    }

    private record ApplicantFileHolder(cn.zhicheng.core.applicant.ApplicantFile file) {
        ApplicantFileHolder(Applicants a) {
            this(a.file());
        }
    }

    @Test
    void overlappingRecordsOfOneAccountAreRefused() {
        Decision d = decide(bachelor(LocalDate.of(2018, 1, 1)).withWorks(
                sales("s-year", "shop-1", "600000", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                sales("s-half", "shop-1", "300000", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31))),
                SALES, Level.JUNIOR);
        assertEquals(Verdict.INELIGIBLE, d.verdict());
        Finding f = d.finding(RuleIds.SALES_RECORDS).orElseThrow();
        assertEquals(Outcome.FAILED, f.outcome());
        assertEquals(List.of("s-half", "s-year"), f.evidence());
        assertTrue(f.clauses().toString().contains("决定 D-17"));
    }

    @Test
    void adjacentRecordsOfOneAccountAndOverlappingRecordsOfTwoAccountsAreFine() {
        Decision d = decide(bachelor(LocalDate.of(2018, 1, 1)).withWorks(
                sales("s-h1", "shop-1", "300000", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                sales("s-h2", "shop-1", "300000", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
                sales("s-other", "shop-2", "10000", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))),
                SALES, Level.JUNIOR);
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertEquals(Outcome.PASSED, d.finding(RuleIds.SALES_RECORDS).orElseThrow().outcome());
    }

    @Test
    void aServiceRecordRunningPastTheCutOffCountsForNothing() {
        FieldCriteria service = Fixtures.field(Fixtures.minimal().replace(
                "- {id: t-junior, type: works, name: {zh: 项目, en: project}, kinds: [PROJECT_REPORT], min: 1,",
                "- {id: t-junior, type: serviceHours, name: {zh: 服务时长, en: hours}, min: 2000,"));
        RepresentativeWork record = new RepresentativeWork("hours-1", WorkKind.SERVICE_RECORD, "服务记录",
                LocalDate.of(2026, 6, 1), WorkRole.PRINCIPAL, null, null,
                Optional.of(new cn.zhicheng.core.applicant.ServiceHours(4000, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2026, 5, 31))));
        var file = bachelor(LocalDate.of(2018, 1, 1)).withWorks(record).file();
        assertEquals(Verdict.ELIGIBLE, evaluator.evaluate(file, service, Level.JUNIOR, AS_OF).verdict());
        Decision cut = evaluator.evaluate(file, service, Level.JUNIOR, AS_OF, LocalDate.of(2025, 12, 31));
        assertEquals(Verdict.INELIGIBLE, cut.verdict());
        assertEquals(List.of("hours-1"), cut.finding("achievement.t-junior").orElseThrow().facts().get("straddling"));
    }

    // --- 决定 D-18 ---------------------------------------------------------------------------------------------

    @Test
    void trainingForAnotherFieldTakesNoYearOffAndSaysWhy() {
        Applicants late = bachelor(LocalDate.of(2023, 1, 1)).title(Level.JUNIOR, LocalDate.of(2023, 3, 1));
        Decision other = decide(late.trainedFor("BIG_DATA", LocalDate.of(2025, 1, 1)), Fixtures.minimalField(),
                Level.INTERMEDIATE);
        assertEquals(Verdict.NOT_YET, other.verdict());
        assertFalse(other.greenChannels().contains(GreenChannel.TRAINING_REDUCES_YEARS));
        Finding mismatch = other.finding(RuleIds.LADDER_TRAINING).orElseThrow();
        assertEquals(Outcome.INFO, mismatch.outcome());
        assertEquals(List.of("training-1"), mismatch.evidence());
        assertTrue(Messages.render(mismatch.message(), Messages.EN).contains("BIG_DATA"));
        Decision own = decide(late.trainedFor("TEST_FIELD", LocalDate.of(2025, 1, 1)), Fixtures.minimalField(),
                Level.INTERMEDIATE);
        assertEquals(Verdict.ELIGIBLE, own.verdict());
        assertEquals(List.of("training-1"), own.finding(RuleIds.LADDER_TRAINING).orElseThrow().evidence());
    }

    // --- 决定 D-19 ---------------------------------------------------------------------------------------------

    @Test
    void onlyProvincialOrNationalRecognitionsOpenTheTalentChannel() {
        Applicants a = bachelor(LocalDate.of(2024, 1, 1)).degree(Degree.HIGH_SCHOOL)
                .withWorks(work(WorkKind.PROJECT_REPORT, LocalDate.of(2024, 5, 1), WorkRole.PRINCIPAL),
                        work(WorkKind.PATENT, LocalDate.of(2025, 5, 1), WorkRole.PRINCIPAL));
        for (RecognitionLevel level : RecognitionLevel.values()) {
            Decision d = decide(a.recognised(level, LocalDate.of(2025, 1, 1)), Fixtures.minimalField(),
                    Level.ASSOCIATE_SENIOR);
            Finding talent = d.finding(RuleIds.LADDER_TALENT).orElseThrow();
            assertEquals(List.of("recognition-1"), talent.evidence());
            if (level.provincialOrAbove()) {
                assertEquals(Verdict.ELIGIBLE, d.verdict(), level.name());
                assertEquals(Outcome.WAIVED, talent.outcome());
            } else {
                assertEquals(Verdict.INELIGIBLE, d.verdict(), level.name());
                assertEquals(Outcome.INFO, talent.outcome(), "shown, and opens nothing");
                assertFalse(d.greenChannels().contains(GreenChannel.OUTSTANDING_TALENT));
            }
        }
    }

    // --- 决定 D-20 ---------------------------------------------------------------------------------------------

    @Test
    void aPaperCountsWhereWorksCountButIsNeverRequired() {
        FieldCriteria papers = Fixtures.field(Fixtures.minimal().replace(
                "kinds: [PROJECT_REPORT], min: 1, clause: 附件1, status: official}\n      INTERMEDIATE",
                "kinds: [PROJECT_REPORT, PAPER], min: 1, clause: 附件1, status: official}\n      INTERMEDIATE"));
        Applicants withPaper = bachelor(LocalDate.of(2020, 1, 1))
                .withWorks(work(WorkKind.PAPER, LocalDate.of(2024, 1, 1), WorkRole.PRINCIPAL));
        assertEquals(Verdict.ELIGIBLE, decide(withPaper, papers, Level.JUNIOR).verdict());
        Applicants withoutPaper = bachelor(LocalDate.of(2020, 1, 1));
        Decision d = decide(withoutPaper, papers, Level.JUNIOR);
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertEquals(Outcome.WAIVED, d.finding(RuleIds.PAPERS).orElseThrow().outcome());
    }

    // --- what a decision says ------------------------------------------------------------------------------------

    @Test
    void findingsNameTheEvidenceTheyReliedOn() {
        Applicants a = bachelor(LocalDate.of(2012, 1, 1)).title(Level.JUNIOR, LocalDate.of(2014, 1, 1));
        Decision d = decide(a, Fixtures.minimalField(), Level.INTERMEDIATE);
        var file = a.file();
        Finding path = d.finding("ladder.path.eng-intermediate-bachelor").orElseThrow();
        assertEquals(List.of(file.education().get(0).id(), file.titles().get(0).id()).stream().sorted().toList(),
                path.evidence());
        assertEquals(List.of(file.works().get(0).id()), d.finding("achievement.t-intermediate").orElseThrow()
                .evidence());
    }

    @Test
    void whatIsMissingIsTheBaseRequirementNotEachEasedVariant() {
        Decision d = decide(bachelor(LocalDate.of(2023, 3, 1)).trained(LocalDate.of(2024, 1, 1), true),
                Fixtures.minimalField(), Level.INTERMEDIATE);
        assertEquals(Verdict.NOT_YET, d.verdict());
        List<Message> base = d.finding(RuleIds.LADDER).orElseThrow().children().stream()
                .filter(f -> f.exception().isEmpty() && f.outcome() == Outcome.FAILED).map(Finding::message).toList();
        assertFalse(base.isEmpty());
        assertEquals(base, d.missing(), "the eased variants under 五(二)2 and 五(二)6 are not listed again");
    }

    @Test
    void theScoreCitesWhatItImplementsAndLeavesEthicsToTheRecommender() {
        Score s = decide(bachelor(LocalDate.of(2020, 1, 1)), Fixtures.minimalField(), Level.JUNIOR).score();
        Score.Line education = s.lines().stream().filter(l -> l.id().equals("score-education")).findFirst()
                .orElseThrow();
        assertEquals("五(一)2; 六(四)", education.clause().ref());
        Score.Line ethics = s.lines().get(s.lines().size() - 1);
        assertEquals(0, ethics.points());
        assertEquals("五(一)1; 六(二)", ethics.clause().ref());
        assertTrue(Messages.render(ethics.message(), Messages.ZH).contains("推荐"));
        assertTrue(s.lines().stream().filter(l -> l != ethics).noneMatch(l -> l.clause().ref().contains("五(一)1")),
                "品德 is not what degree and years measure");
    }
}
