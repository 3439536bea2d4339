package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.eligibility.Outcome;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.policy.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An annex's YAML test cases: a default applicant, then cases that each override parts of it (objects merge,
 * lists replace) and state the decision they expect.
 *
 * <pre>
 * defaults: { identity: {...}, employment: {...}, ... }     # a complete applicant file
 * cases:
 *   - name: bachelor-direct-intermediate
 *     field: AI
 *     level: INTERMEDIATE
 *     asOf: 2026-06-30
 *     applicant: { titles: [] }                            # overrides of the defaults
 *     expect:
 *       verdict: ELIGIBLE                                  # ELIGIBLE | NOT_YET | INELIGIBLE
 *       greenChannels: [DIRECT_INTERMEDIATE]               # exactly those of 五(二)2, 5, 6 relied on
 *       findings: {ladder: WAIVED, scope.employment: PASSED}
 *       earliestEligible: 2027-03-01                       # only with NOT_YET
 *   - name: invalid-id-number
 *     ...
 *     expect:
 *       invalid: [identity.idNumber]                       # the file is refused at these paths
 * </pre>
 *
 * <p>Every case needs a name, field, level, asOf and an expectation (a verdict, or the paths it is refused at).
 */
public record CaseFile(ObjectNode defaults, List<Case> cases) {

    public CaseFile {
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    /**
     * Every case that cannot be run, as {@code case N (name): what is missing}, counting cases from 1: a case
     * without an expectation would otherwise pass whatever the decision, or stop the kit with a NullPointerException.
     */
    public List<String> incomplete() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<String> missing = c == null ? List.of("empty case / 空的用例") : c.missing();
            String name = c == null || c.name() == null ? "-" : c.name();
            String label = "case " + (i + 1) + " (" + name + "): ";
            missing.forEach(m -> out.add(label + m));
        }
        return List.copyOf(out);
    }

    public record Case(String name, String field, Level level, LocalDate asOf, ObjectNode applicant,
                       Expectation expect) {

        /** What the case lacks to be run and judged; empty when it is complete. */
        public List<String> missing() {
            List<String> missing = new ArrayList<>();
            if (name == null || name.isBlank()) {
                missing.add("no name / 没有名称");
            }
            if (field == null || field.isBlank()) {
                missing.add("no field / 没有领域");
            }
            if (level == null) {
                missing.add("no level / 没有层级");
            }
            if (asOf == null) {
                missing.add("no asOf date / 没有评价日期");
            }
            if (expect == null || expect.verdict() == null && (expect.invalid() == null || expect.invalid().isEmpty())) {
                // a verdict, or the paths an invalid file is refused at: anything less asserts nothing
                missing.add("no expectation / 没有预期结果");
            }
            return missing;
        }
    }

    public record Expectation(Verdict verdict, List<GreenChannel> greenChannels, Map<String, Outcome> findings,
                              LocalDate earliestEligible, List<String> invalid) {
    }
}
