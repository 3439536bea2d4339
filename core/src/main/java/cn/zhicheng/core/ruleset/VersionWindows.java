package cn.zhicheng.core.ruleset;

import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.policy.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versions of one annex must follow each other without overlap or gap: each takes effect on its
 * {@code effectiveFrom}; a version that declares an {@code effectiveTo} must end exactly the day before the next
 * one begins; without one it ends when the next begins. Two versions may not share a version string or a first day.
 * Each problem names both files.
 */
public final class VersionWindows {

    /** One loaded version of an annex and the file it came from. */
    public record Version(RuleSet ruleSet, String origin) {
    }

    private VersionWindows() {
    }

    public static List<InputProblem> check(List<Version> versions) {
        Map<String, List<Version>> byAnnex = new LinkedHashMap<>();
        for (Version v : versions) {
            byAnnex.computeIfAbsent(v.ruleSet().annexId(), k -> new ArrayList<>()).add(v);
        }
        List<InputProblem> problems = new ArrayList<>();
        for (List<Version> annex : byAnnex.values()) {
            List<Version> sorted = annex.stream()
                    .sorted(Comparator.comparing((Version v) -> v.ruleSet().effectiveFrom())).toList();
            for (int i = 1; i < sorted.size(); i++) {
                problems.addAll(pair(sorted.get(i - 1), sorted.get(i)));
            }
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    if (sorted.get(i).ruleSet().version().equals(sorted.get(j).ruleSet().version())) {
                        problems.add(problem(sorted.get(j), "annex.version", new Text(
                                "附件 " + id(sorted.get(j)) + " 的版本“" + sorted.get(j).ruleSet().version()
                                        + "”重复，已由 " + sorted.get(i).origin() + " 声明",
                                "annex " + id(sorted.get(j)) + " version '" + sorted.get(j).ruleSet().version()
                                        + "' is declared twice, also by " + sorted.get(i).origin())));
                    }
                }
            }
        }
        return problems;
    }

    private static List<InputProblem> pair(Version earlier, Version later) {
        RuleSet a = earlier.ruleSet();
        RuleSet b = later.ruleSet();
        if (!b.effectiveFrom().isAfter(a.effectiveFrom())
                || a.effectiveTo().map(to -> !to.isBefore(b.effectiveFrom())).orElse(false)) {
            return List.of(problem(later, "annex.effectiveFrom", new Text(
                    "附件 " + id(later) + " 的版本 " + b.version() + "（自 " + b.effectiveFrom() + " 起）与 "
                            + earlier.origin() + " 中的版本 " + a.version() + "（" + window(a, "至") + "）施行期间重叠",
                    "annex " + id(later) + " version " + b.version() + " (from " + b.effectiveFrom()
                            + ") overlaps version " + a.version() + " in " + earlier.origin() + " ("
                            + window(a, "to") + ")")));
        }
        if (a.effectiveTo().map(to -> to.plusDays(1).isBefore(b.effectiveFrom())).orElse(false)) {
            return List.of(problem(later, "annex.effectiveFrom", new Text(
                    "附件 " + id(later) + " 的版本 " + b.version() + "（自 " + b.effectiveFrom() + " 起）与 "
                            + earlier.origin() + " 中的版本 " + a.version() + "（" + window(a, "至")
                            + "）之间有空档：" + a.effectiveTo().get().plusDays(1) + " 起无条件可依",
                    "annex " + id(later) + " version " + b.version() + " (from " + b.effectiveFrom()
                            + ") leaves a gap after version " + a.version() + " in " + earlier.origin() + " ("
                            + window(a, "to") + "): no criteria from " + a.effectiveTo().get().plusDays(1))));
        }
        return List.of();
    }

    private static String window(RuleSet r, String to) {
        return r.effectiveFrom() + r.effectiveTo().map(d -> " " + to + " " + d).orElse("");
    }

    private static String id(Version v) {
        return v.ruleSet().annexId();
    }

    private static InputProblem problem(Version v, String path, Text reason) {
        return new InputProblem(v.origin(), path, 0, reason);
    }
}
