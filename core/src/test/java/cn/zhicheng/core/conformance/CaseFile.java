package cn.zhicheng.core.conformance;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.eligibility.Outcome;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.policy.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
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
 */
public record CaseFile(ObjectNode defaults, List<Case> cases) {

    public record Case(String name, String field, Level level, LocalDate asOf, ObjectNode applicant,
                       Expectation expect) {
    }

    public record Expectation(Verdict verdict, List<GreenChannel> greenChannels, Map<String, Outcome> findings,
                              LocalDate earliestEligible, List<String> invalid) {
    }
}
