package cn.zhicheng.app.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Outcome;
import cn.zhicheng.core.policy.Clause;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which findings count as changed: a different outcome, or a finding only one side has; a new message alone does not. */
class ImpactAnalysisTest {

    private static Finding leaf(String rule, Outcome outcome, long has) {
        return Finding.leaf(rule, new Clause("附件1"), outcome, Map.of("has", has), Message.of("achievements.none"));
    }

    private static Finding group(Outcome outcome, Finding... children) {
        return new Finding("achievements", List.of(new Clause("附件1")), outcome, Map.of(),
                Message.of("achievements.none"), Optional.empty(), Optional.empty(), false, List.of(children));
    }

    @Test
    void onlyOutcomesAndMissingFindingsCount() {
        List<Finding> before = List.of(group(Outcome.PASSED, leaf("a.projects", Outcome.PASSED, 2),
                leaf("a.patent", Outcome.FAILED, 0), leaf("a.gone", Outcome.PASSED, 1)));
        List<Finding> after = List.of(group(Outcome.FAILED, leaf("a.projects", Outcome.FAILED, 2),
                leaf("a.patent", Outcome.FAILED, 1), leaf("a.new", Outcome.INFO, 0)));
        List<Impact.FindingChange> changes = ImpactAnalysis.findings(before, after);
        assertEquals(List.of("achievements", "a.projects", "a.gone", "a.new"),
                changes.stream().map(Impact.FindingChange::rule).toList());
        Impact.FindingChange gone = changes.get(2);
        assertTrue(gone.before().isPresent() && gone.after().isEmpty());
        Impact.FindingChange added = changes.get(3);
        assertTrue(added.before().isEmpty() && added.after().isPresent());
        assertEquals(List.of(), ImpactAnalysis.findings(before, before));
    }
}
