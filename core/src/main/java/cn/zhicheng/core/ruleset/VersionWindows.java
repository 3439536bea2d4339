package cn.zhicheng.core.ruleset;

import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.Refusal;
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
                        problems.add(problem(sorted.get(j), "annex.version", Refusal.of("annex.versionTwice",
                                id(sorted.get(j)), sorted.get(j).ruleSet().version(), sorted.get(i).origin())));
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
            return List.of(problem(later, "annex.effectiveFrom", Refusal.of("annex.versionsOverlap", id(later),
                    b.version(), b.effectiveFrom(), a.version(), earlier.origin(), window(a))));
        }
        if (a.effectiveTo().map(to -> to.plusDays(1).isBefore(b.effectiveFrom())).orElse(false)) {
            return List.of(problem(later, "annex.effectiveFrom", Refusal.of("annex.versionsGap", id(later),
                    b.version(), b.effectiveFrom(), a.version(), earlier.origin(), window(a),
                    a.effectiveTo().get().plusDays(1))));
        }
        return List.of();
    }

    private static Refusal window(RuleSet r) {
        return r.effectiveTo().map(to -> Refusal.of("annex.window.fromTo", r.effectiveFrom(), to))
                .orElseGet(() -> Refusal.of("annex.window.from", r.effectiveFrom()));
    }

    private static String id(Version v) {
        return v.ruleSet().annexId();
    }

    private static InputProblem problem(Version v, String path, Refusal reason) {
        return new InputProblem(v.origin(), path, 0, 0, reason);
    }
}
