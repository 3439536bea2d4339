package cn.zhicheng.core.eligibility;

import static cn.zhicheng.core.eligibility.Applicants.bachelor;
import static cn.zhicheng.core.eligibility.Applicants.work;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an explanation says the same way for everyone is said once and kept: the rule set in force on a date, the
 * number of works counted, the papers held. A kept sentence must still be this decision's own: it names this
 * decision's date and numbers, whatever was decided before it.
 */
class SaidOnceTest {

    private static final FieldCriteria FIELD = Fixtures.minimalField();
    private final Evaluator evaluator = new Evaluator();

    @Test
    void theRuleSetInForceNamesTheDateOfEachDecisionWhateverWasDecidedBefore() {
        List<LocalDate> dates = List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2027, 1, 15),
                LocalDate.of(2026, 6, 30), LocalDate.of(2028, 2, 29), LocalDate.of(2027, 1, 15),
                LocalDate.of(2021, 10, 19), LocalDate.of(2027, 1, 15));
        for (LocalDate asOf : dates) {
            Decision d = evaluator.evaluate(bachelor(LocalDate.of(2015, 7, 1)).file(), FIELD, Level.INTERMEDIATE,
                    asOf);
            Finding ruleSet = d.finding(RuleIds.RULE_SET).orElseThrow();
            List<Object> args = ruleSet.message().args();
            assertEquals(asOf, args.get(args.size() - 1), "the rule-set finding of the decision on " + asOf);
            // in force from 2021-10-20 (the fixture's annex): the day before, it decides nothing
            assertEquals(asOf.isBefore(LocalDate.of(2021, 10, 20)) ? Outcome.FAILED : Outcome.PASSED,
                    ruleSet.outcome());
        }
    }

    @Test
    void worksAndPapersAreSaidWithTheNumbersOfEachFile() {
        // up and down, past the numbers kept (sixteen), and back
        int[][] worksAndPapers = {{3, 0}, {0, 2}, {17, 1}, {1, 0}, {3, 16}, {16, 3}, {0, 0}, {2, 17}, {3, 0}};
        for (int[] counts : worksAndPapers) {
            List<RepresentativeWork> works = new ArrayList<>();
            for (int i = 0; i < counts[0]; i++) {
                works.add(work(WorkKind.PROJECT_REPORT, LocalDate.of(2020, 1, 1).plusDays(i), WorkRole.PRINCIPAL));
            }
            for (int i = 0; i < counts[1]; i++) {
                works.add(work(WorkKind.PAPER, LocalDate.of(2019, 1, 1).plusDays(i), WorkRole.PRINCIPAL));
            }
            Decision d = evaluator.evaluate(bachelor(LocalDate.of(2015, 7, 1))
                    .withWorks(works.toArray(RepresentativeWork[]::new)).file(), FIELD, Level.INTERMEDIATE,
                    LocalDate.of(2026, 6, 30));
            Finding counted = d.finding(RuleIds.achievement("t-intermediate")).orElseThrow();
            assertEquals((long) counts[0], counted.facts().get("counted"));
            assertEquals(counts[0], counted.message().args().get(1), "works counted, said");
            assertEquals(counts[0], ((List<?>) counted.facts().get("titles")).size());
            assertEquals(counts[0], counted.evidence().size());
            assertEquals(counts[0] >= 1 ? Outcome.PASSED : Outcome.FAILED, counted.outcome());
            Finding papers = d.finding(RuleIds.PAPERS).orElseThrow();
            assertEquals((long) counts[1], papers.facts().get("papers"));
            assertEquals((long) counts[1], papers.message().args().get(0), "papers held, said");
            assertEquals(counts[1] == 0 ? Outcome.WAIVED : Outcome.INFO, papers.outcome());
        }
    }
}
