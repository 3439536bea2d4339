package cn.zhicheng.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.assembly.PolicyModule;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.ruleset.RuleBook;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The demonstration's applicants: every field, valid files, mostly eligible, some not, the same for one seed. */
class DemoApplicantsTest {

    private static final Injector ENGINE = Guice.createInjector(PolicyModule.load(
            Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai")),
            DemoApplicantsTest.class.getClassLoader()));

    @Test
    void everyFieldHasApplicantsAndMostAreEligibleAtTheIntermediateLevel() {
        List<DemoApplicants.Generated> all = new DemoApplicants(ENGINE.getInstance(StrictReader.class))
                .generate(2026L, 130);
        Decisions decisions = ENGINE.getInstance(Decisions.class);
        LocalDate cutOff = LocalDate.of(2026, 6, 30);
        Map<String, int[]> byField = new TreeMap<>();
        for (DemoApplicants.Generated g : all) {
            var criteria = ((RuleBook.InForce) decisions.criteria(g.field(), cutOff)).criteria();
            DecisionRecord d = decisions.decide(g.dossier(), criteria, Level.INTERMEDIATE, cutOff);
            int[] counts = byField.computeIfAbsent(g.field(), f -> new int[2]);
            counts[d.verdict() == Verdict.ELIGIBLE ? 0 : 1]++;
        }
        assertEquals(13, byField.size(), byField::toString);
        int eligible = byField.values().stream().mapToInt(c -> c[0]).sum();
        assertTrue(eligible >= 80 && eligible < 130, "eligible: " + eligible + " of 130");
        byField.forEach((f, c) -> assertTrue(c[0] > 0, f + " has no eligible applicant"));
    }

    @Test
    void theSameSeedGivesTheSameFiles() {
        DemoApplicants demo = new DemoApplicants(ENGINE.getInstance(StrictReader.class));
        assertEquals(demo.generate(7L, 30).stream().map(DemoApplicants.Generated::yaml).toList(),
                demo.generate(7L, 30).stream().map(DemoApplicants.Generated::yaml).toList());
    }
}
