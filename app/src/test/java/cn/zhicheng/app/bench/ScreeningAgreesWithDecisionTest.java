package cn.zhicheng.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.bench.baseline.Population;
import cn.zhicheng.core.eligibility.Decision;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Screening;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Screening a round gives the verdict without writing the explanation down; it must never say anything the
 * explained decision does not. On the whole generated population, at every level and on several dates (one a
 * 29 February, one with a cut-off before the evaluation date), the screened verdict and earliest date equal those
 * of the explained decision of the same input.
 */
class ScreeningAgreesWithDecisionTest {

    private record When(LocalDate asOf, LocalDate cutOff) {
    }

    private static final List<When> DATES = List.of(
            new When(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)),
            new When(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30)),
            new When(LocalDate.of(2026, 6, 30), LocalDate.of(2025, 12, 31)),
            new When(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 28)));

    @Test
    void screenedVerdictEqualsTheExplainedDecisionForEveryApplicantLevelAndDate() {
        List<Population.Case> population = Population.generate(Population.SIZE, Population.SEED);
        Evaluator evaluator = new Evaluator();
        List<String> disagreements = new ArrayList<>();
        Map<Verdict, Integer> seen = new EnumMap<>(Verdict.class);
        int compared = 0;
        for (When when : DATES) {
            for (Level level : Level.awarded()) {
                for (int i = 0; i < population.size(); i++) {
                    Population.Case c = population.get(i);
                    Decision d = evaluator.evaluate(c.applicant(), c.criteria(), level, when.asOf(), when.cutOff());
                    Screening s = evaluator.screen(c.applicant(), c.criteria(), level, when.asOf(), when.cutOff());
                    compared++;
                    seen.merge(d.verdict(), 1, Integer::sum);
                    if ((s.verdict() != d.verdict() || !s.earliestEligible().equals(d.earliestEligible()))
                            && disagreements.size() < 10) {
                        disagreements.add("#" + i + " " + c.criteria().field().code() + " " + level + " " + when
                                + ": screened " + s + ", explained " + d.verdict() + " " + d.earliestEligible());
                    }
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertEquals(Population.SIZE * Level.awarded().size() * DATES.size(), compared);
        // not vacuous: every verdict occurs, each in more than one case in 500
        for (Verdict v : Verdict.values()) {
            assertTrue(seen.getOrDefault(v, 0) > compared / 500, v + " seen " + seen.get(v) + " of " + compared);
        }
    }
}
