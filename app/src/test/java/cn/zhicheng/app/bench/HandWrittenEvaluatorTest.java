package cn.zhicheng.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.bench.baseline.HandWrittenEvaluator;
import cn.zhicheng.app.bench.baseline.Population;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Screening;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written evaluator the engine's screening is timed against must answer what the engine answers, or the
 * ratio means nothing: on the whole generated population (every engineering field and marketing), at each of the
 * four levels and on several dates — one a 29 February, where 决定 D-22's month-end rule matters, and dates in
 * different years, so the calendar-year windows of 决定 D-17 move — its verdict and earliest eligible date equal
 * those of {@code Evaluator.screen}.
 */
class HandWrittenEvaluatorTest {

    static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 6, 30),
            LocalDate.of(2028, 2, 28));

    private static List<Population.Case> population;

    @BeforeAll
    static void generate() {
        population = Population.generate(Population.SIZE, Population.SEED);
    }

    @Test
    void handWrittenEvaluatorAgreesWithTheEngineOnTheWholePopulation() {
        Evaluator evaluator = new Evaluator();
        List<String> disagreements = new ArrayList<>();
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        int compared = 0;
        int disagreeing = 0;
        for (LocalDate asOf : DATES) {
            for (Level level : Level.awarded()) {
                for (int i = 0; i < population.size(); i++) {
                    Population.Case c = population.get(i);
                    Screening engine = evaluator.screen(c.applicant(), c.criteria(), level, asOf);
                    HandWrittenEvaluator.Answer hand = HandWrittenEvaluator.screen(c.applicant(), c.criteria(),
                            level, asOf);
                    compared++;
                    verdicts.merge(engine.verdict(), 1, Integer::sum);
                    if (engine.verdict() != hand.verdict()
                            || !engine.earliestEligible().equals(Optional.ofNullable(hand.earliest()))) {
                        disagreeing++;
                        if (disagreements.size() < 10) {
                            disagreements.add(describe(i, c, level, asOf, engine, hand));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), disagreements, disagreeing + " of " + compared + " disagree; the first ones");
        assertEquals(Population.SIZE * Level.awarded().size() * DATES.size(), compared);
        // not vacuous: every verdict occurs, each in at least one case in two hundred
        for (Verdict v : Verdict.values()) {
            assertTrue(verdicts.getOrDefault(v, 0) > compared / 200, v + " in " + verdicts + " of " + compared);
        }
    }

    static String describe(int i, Population.Case c, Level level, LocalDate asOf, Screening engine,
                           HandWrittenEvaluator.Answer hand) {
        return "#" + i + " " + c.criteria().field().code() + " " + level + " on " + asOf + ": engine "
                + engine.verdict() + engine.earliestEligible().map(d -> " from " + d).orElse("")
                + ", hand-written " + hand.verdict() + (hand.earliest() == null ? "" : " from " + hand.earliest())
                + "; education " + c.applicant().education() + ", titles " + c.applicant().titles()
                + ", work from " + c.applicant().professionalWorkStart() + ", training " + c.applicant().training()
                + ", recognitions " + c.applicant().recognitions() + ", works " + c.applicant().works()
                + ", recommender " + c.applicant().recommender();
    }
}
