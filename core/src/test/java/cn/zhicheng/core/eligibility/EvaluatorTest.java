package cn.zhicheng.core.eligibility;

import static cn.zhicheng.core.eligibility.Applicants.bachelor;
import static cn.zhicheng.core.eligibility.Applicants.work;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.Certificates;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.EmploymentKind;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final FieldCriteria FIELD = Fixtures.minimalField();
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private final Evaluator evaluator = new Evaluator();

    private Decision decide(Applicants a, Level level) {
        return evaluator.evaluate(a.file(), FIELD, level, AS_OF);
    }

    private static Outcome outcome(Decision d, String rule) {
        return d.finding(rule).map(Finding::outcome).orElseThrow();
    }

    @Test
    void directIntermediateWaivesJuniorTitle() {
        Decision d = decide(bachelor(LocalDate.of(2021, 6, 30)), Level.INTERMEDIATE);
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertTrue(d.greenChannels().contains(GreenChannel.DIRECT_INTERMEDIATE));
        // the explanation shows the base requirement that failed beside the exception that eased it
        assertEquals(Outcome.FAILED, outcome(d, "ladder.path.eng-intermediate-bachelor"));
        assertEquals(Outcome.PASSED, outcome(d, "ladder.direct.eng-intermediate-bachelor-direct"));
        assertEquals(Outcome.WAIVED, outcome(d, "ladder"));
    }

    @Test
    void directIntermediateNeedsTheDerivedFiveYearsAndSaysWhen() {
        Decision d = decide(bachelor(LocalDate.of(2022, 3, 1)), Level.INTERMEDIATE);
        assertEquals(Verdict.NOT_YET, d.verdict());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), d.earliestEligible());
        assertFalse(d.missing().isEmpty());
    }

    @Test
    void trainingTakesAYearOffEveryYearsRequirement() {
        // 3 years since the junior title (4 needed); a late start keeps the 5-year direct path shut too.
        Applicants late = bachelor(LocalDate.of(2023, 1, 1)).title(Level.JUNIOR, LocalDate.of(2023, 3, 1));
        assertEquals(Verdict.NOT_YET, decide(late, Level.INTERMEDIATE).verdict());
        Decision eased = decide(late.trained(LocalDate.of(2025, 1, 1), true), Level.INTERMEDIATE);
        assertEquals(Verdict.ELIGIBLE, eased.verdict());
        assertEquals(List.of(GreenChannel.TRAINING_REDUCES_YEARS), eased.greenChannels().stream()
                .filter(c -> c == GreenChannel.TRAINING_REDUCES_YEARS || c == GreenChannel.DIRECT_INTERMEDIATE).toList());
        assertEquals(Verdict.NOT_YET, decide(late.trained(LocalDate.of(2025, 1, 1), false), Level.INTERMEDIATE)
                .verdict(), "training not organised by the ministry does not count");
    }

    @Test
    void trainingNeverTakesYearsBelowZero() {
        // the master's junior path asks no years at all; training cannot make it negative or change the outcome
        Decision d = decide(bachelor(AS_OF).degree(Degree.MASTER).trained(LocalDate.of(2025, 1, 1), true), Level.JUNIOR);
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertFalse(d.greenChannels().contains(GreenChannel.TRAINING_REDUCES_YEARS));
    }

    @Test
    void outstandingTalentReachesAssociateSeniorWithoutDegreeOrTitle() {
        Applicants a = bachelor(LocalDate.of(2024, 1, 1)).degree(Degree.HIGH_SCHOOL).talent(LocalDate.of(2025, 1, 1))
                .withWorks(work(WorkKind.PROJECT_REPORT, LocalDate.of(2024, 5, 1), WorkRole.PRINCIPAL),
                        work(WorkKind.PATENT, LocalDate.of(2025, 5, 1), WorkRole.PRINCIPAL));
        Decision d = decide(a, Level.ASSOCIATE_SENIOR);
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertTrue(d.greenChannels().contains(GreenChannel.OUTSTANDING_TALENT));
        assertEquals(Outcome.WAIVED, outcome(d, "ladder"));
        assertEquals(Outcome.PASSED, outcome(d, "achievements"));
    }

    @Test
    void outstandingTalentStillNeedsTheAchievements() {
        // 决定 D-3 waives degree, seniority, papers and awards — not performance
        Applicants a = bachelor(LocalDate.of(2024, 1, 1)).degree(Degree.HIGH_SCHOOL).talent(LocalDate.of(2025, 1, 1))
                .withWorks();
        Decision d = decide(a, Level.ASSOCIATE_SENIOR);
        assertEquals(Verdict.INELIGIBLE, d.verdict());
        assertEquals(Outcome.WAIVED, outcome(d, "ladder"));
        assertEquals(Outcome.FAILED, outcome(d, "achievements"));
    }

    @Test
    void outstandingTalentStillNeedsAssociateTitleForFullSenior() {
        Applicants a = bachelor(LocalDate.of(2010, 1, 1)).talent(LocalDate.of(2025, 1, 1));
        Decision without = decide(a, Level.SENIOR);
        assertEquals(Verdict.INELIGIBLE, without.verdict());
        assertFalse(without.greenChannels().contains(GreenChannel.OUTSTANDING_TALENT));
        Decision with = decide(a.title(Level.ASSOCIATE_SENIOR, LocalDate.of(2025, 6, 1)).withWorks(
                work(WorkKind.PROJECT_REPORT, LocalDate.of(2025, 7, 1), WorkRole.PRINCIPAL),
                work(WorkKind.PROJECT_REPORT, LocalDate.of(2025, 9, 1), WorkRole.PRINCIPAL),
                work(WorkKind.PROJECT_REPORT, LocalDate.of(2026, 3, 1), WorkRole.PRINCIPAL)), Level.SENIOR);
        assertEquals(Verdict.ELIGIBLE, with.verdict(), "one year after the associate title is enough for talent");
    }

    @Test
    void lackOfPapersNeverFails() {
        Decision d = decide(bachelor(LocalDate.of(2020, 1, 1)), Level.JUNIOR);
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertEquals(Outcome.WAIVED, outcome(d, "papers"));
    }

    @Test
    void certificatesAddPointsButNeverGate() {
        Applicants none = bachelor(LocalDate.of(2020, 1, 1));
        Applicants some = none.certificates(new Certificates(List.of("CET-6"), List.of("NCRE-3"), 40));
        Decision a = decide(none, Level.JUNIOR);
        Decision b = decide(some, Level.JUNIOR);
        assertEquals(a.verdict(), b.verdict());
        assertEquals(a.score().total() + 2 + 2 + 4, b.score().total());
        assertEquals(Outcome.WAIVED, outcome(a, "certificates"));
    }

    @Test
    void worksDatedAfterTheEvaluationDateDoNotCount() {
        Applicants a = bachelor(LocalDate.of(2020, 1, 1)).withWorks(work(WorkKind.PROJECT_REPORT, LocalDate.of(2026, 7, 1),
                WorkRole.PRINCIPAL));
        assertEquals(Outcome.FAILED, outcome(decide(a, Level.JUNIOR), "achievements"));
    }

    @Test
    void stateOwnedEmployeesAreOutOfScopeForHighTech() {
        Decision d = decide(bachelor(LocalDate.of(2020, 1, 1)).employedAs(EmploymentKind.STATE_OWNED), Level.JUNIOR);
        assertEquals(Verdict.INELIGIBLE, d.verdict());
        assertEquals(Outcome.FAILED, outcome(d, "scope.employment"));
    }

    @Test
    void nobodyAppliesForALevelTheyAlreadyHold() {
        Decision d = decide(bachelor(LocalDate.of(2010, 1, 1)).title(Level.INTERMEDIATE, LocalDate.of(2015, 1, 1)),
                Level.INTERMEDIATE);
        assertEquals(Outcome.FAILED, outcome(d, "scope.level-by-level"));
    }

    @Test
    void highestLevelIsTheTopEligibleOne() {
        Applicants a = bachelor(LocalDate.of(2012, 1, 1)).title(Level.JUNIOR, LocalDate.of(2014, 1, 1));
        HighestLevel h = evaluator.highest(a.file(), FIELD, AS_OF);
        assertEquals(Optional.of(Level.INTERMEDIATE), h.level());
        assertEquals(4, h.decisions().size());
    }

    @Test
    void everyFindingRendersInBothLanguages() {
        Decision d = decide(bachelor(LocalDate.of(2022, 3, 1)).trained(LocalDate.of(2025, 1, 1), true)
                .talent(LocalDate.of(2025, 1, 1)), Level.INTERMEDIATE);
        d.findings().stream().flatMap(Finding::flatten).forEach(f -> {
            String zh = Messages.render(f.message(), Messages.ZH);
            String en = Messages.render(f.message(), Messages.EN);
            assertFalse(zh.isBlank() || en.isBlank() || zh.equals(en), f.rule());
            assertFalse(zh.contains("{") || en.contains("{"), zh + " / " + en);
        });
    }

    @Test
    void criteriaNotYetInForceDecideNothing() {
        Decision d = evaluator.evaluate(bachelor(LocalDate.of(2010, 1, 1)).file(), FIELD, Level.JUNIOR,
                LocalDate.of(2021, 10, 19));
        assertEquals(Verdict.INELIGIBLE, d.verdict());
        assertEquals(Outcome.FAILED, outcome(d, "rule-set"));
    }

    @Test
    void trainingAndDirectIntermediateTogetherAreBothCredited() {
        // no junior title, 4 years of work: the derived 5 years less one for training
        Decision d = decide(bachelor(LocalDate.of(2022, 3, 1)).trained(LocalDate.of(2025, 1, 1), true),
                Level.INTERMEDIATE);
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertTrue(d.greenChannels().containsAll(List.of(GreenChannel.DIRECT_INTERMEDIATE,
                GreenChannel.TRAINING_REDUCES_YEARS)), d.greenChannels().toString());
        assertEquals(Outcome.PASSED, outcome(d, "ladder.direct-training.eng-intermediate-bachelor-direct"));
        assertTrue(Messages.render(d.finding("ladder.direct-training.eng-intermediate-bachelor-direct").get().message(),
                Messages.EN).contains("one year less for training"));
    }
}
