package cn.zhicheng.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.bench.baseline.Population;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.eligibility.Decision;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Outcome;
import cn.zhicheng.core.eligibility.Screening;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.overlay.Overlay;
import cn.zhicheng.core.policy.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

    /**
     * Under an overlay that adds an achievement at every level (四, 决定 D-12) — works since the current title, so
     * that 决定 D-15's retry on the direct path is exercised too — the screened verdict still equals the explained
     * one, and the added requirement is met by some and missed by others.
     */
    @Test
    void screenedVerdictEqualsTheExplainedDecisionUnderAnOverlayThatAddsAnAchievement() {
        List<Population.Case> population = Population.generate(Population.SIZE / 5, Population.SEED);
        TreeSet<String> fields = new TreeSet<>();
        population.forEach(c -> fields.add(c.criteria().field().code()));
        StringBuilder yaml = new StringBuilder("""
                schema: "1.0"
                overlay: {id: assoc-all-2026, association: assoc-all, version: "1", document: 团体标准 T/ALL 1-2026,
                          effectiveFrom: 2020-01-01}
                covers: {fields: [%s], levels: [JUNIOR, INTERMEDIATE, ASSOCIATE_SENIOR, SENIOR]}
                changes:
                """.formatted(String.join(", ", fields)));
        for (String field : fields) {
            for (Level level : Level.awarded()) {
                yaml.append("""
                          - field: %s
                            level: %s
                            require:
                              - {type: works, id: assoc-standard, name: {zh: 主持制定工艺流程开发标准 ≥ 1 项, en: a process standard as principal},
                                 kinds: [PROCESS_STANDARD, PATENT], min: 1, principal: true, window: SINCE_PRIOR_TITLE,
                                 clause: 团体标准 T/ALL 1-2026 第4条, status: official}
                        """.formatted(field, level));
            }
        }
        Overlay overlay = Overlay.read(new StrictReader(BilingualValidator.create(Clock.systemUTC())), "all.yaml",
                yaml.toString().getBytes(StandardCharsets.UTF_8));
        Map<String, FieldCriteria> applied = new HashMap<>();
        Evaluator evaluator = new Evaluator();
        List<String> disagreements = new ArrayList<>();
        Map<Outcome, Integer> added = new EnumMap<>(Outcome.class);
        int changed = 0;
        for (When when : DATES.subList(1, DATES.size())) {
            for (Level level : Level.awarded()) {
                for (int i = 0; i < population.size(); i++) {
                    Population.Case c = population.get(i);
                    FieldCriteria criteria = applied.computeIfAbsent(c.criteria().field().code(),
                            code -> overlay.apply(c.criteria(), LocalDate.of(2026, 6, 30)).criteria());
                    Decision d = evaluator.evaluate(c.applicant(), criteria, level, when.asOf(), when.cutOff());
                    Screening s = evaluator.screen(c.applicant(), criteria, level, when.asOf(), when.cutOff());
                    Finding f = d.findings().stream().filter(x -> x.rule().equals("overlay.achievement.assoc-standard"))
                            .findFirst().orElseThrow();
                    added.merge(f.outcome(), 1, Integer::sum);
                    if (d.verdict() != evaluator.screen(c.applicant(), c.criteria(), level, when.asOf(),
                            when.cutOff()).verdict()) {
                        changed++;
                    }
                    if ((s.verdict() != d.verdict() || !s.earliestEligible().equals(d.earliestEligible()))
                            && disagreements.size() < 10) {
                        disagreements.add("#" + i + " " + c.criteria().field().code() + " " + level + " " + when
                                + ": screened " + s + ", explained " + d.verdict() + " " + d.earliestEligible());
                    }
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(added.getOrDefault(Outcome.PASSED, 0) > 0 && added.getOrDefault(Outcome.FAILED, 0) > 0,
                added.toString());
        assertTrue(changed > 0, "the added requirement turned no verdict");
    }
}
