package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.channel.DirectIntermediate;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The education/experience ladder of a level: the base paths first (the way Catala states a base rule), then the
 * exceptions of 五(二) that may ease or waive them — training (五(二)6), direct intermediate (五(二)2) and
 * outstanding talent (五(二)5) — each shown beside the base requirement it changed.
 */
final class LadderCheck {

    private LadderCheck() {
    }

    static Finding check(ApplicantFile a, Field field, LevelCriteria criteria, LocalDate asOf) {
        int reduction = Training.applies(a, asOf) ? 1 : 0;
        List<Finding> base = evaluate("ladder.path.", criteria.paths(), a, field, asOf, 0);
        List<Finding> children = new ArrayList<>(base);
        Clause clause = new Clause(field.series() == cn.zhicheng.core.policy.Series.ENGINEERING
                ? "人社部发〔2019〕16号; " + field.annex() : field.annex().ref());
        boolean provisional = criteria.paths().stream().anyMatch(EducationPath::provisional);

        if (anyPassed(base)) {
            return group(clause, Outcome.PASSED, "ladder.passed", children, Optional.empty(), provisional);
        }
        // 五(二)6, 决定 D-4: a year off every years requirement.
        if (reduction > 0) {
            List<Finding> eased = evaluate("ladder.training.", criteria.paths(), a, field, asOf, reduction);
            children.add(channel(GreenChannel.TRAINING_REDUCES_YEARS, "ladder.training", "五(二)6; 决定 D-4",
                    eased, Training.certificate(a, asOf)));
            if (anyPassed(eased)) {
                return group(clause, Outcome.WAIVED, "ladder.eased", children,
                        Optional.of(GreenChannel.TRAINING_REDUCES_YEARS), provisional);
            }
        }
        // 五(二)2, 决定 D-1/D-2: intermediate without a junior title, years derived from the junior path.
        if (!criteria.directPaths().isEmpty()) {
            List<Finding> direct = evaluate("ladder.direct.", criteria.directPaths(), a, field, asOf, 0);
            children.add(channel(GreenChannel.DIRECT_INTERMEDIATE, "ladder.direct-intermediate",
                    DirectIntermediate.CLAUSE, direct, null));
            if (anyPassed(direct)) {
                return group(clause, Outcome.WAIVED, "ladder.eased", children,
                        Optional.of(GreenChannel.DIRECT_INTERMEDIATE), provisional);
            }
            // both channels at once: the derived years, less one for training
            if (reduction > 0) {
                List<Finding> directEased = evaluate("ladder.direct-training.", criteria.directPaths(), a, field,
                        asOf, reduction);
                children.add(channel(GreenChannel.TRAINING_REDUCES_YEARS, "ladder.direct-training",
                        "五(二)6; 决定 D-4; " + DirectIntermediate.CLAUSE, directEased,
                        Training.certificate(a, asOf)));
                if (anyPassed(directEased)) {
                    return group(clause, Outcome.WAIVED, "ladder.eased", children,
                            Optional.of(GreenChannel.DIRECT_INTERMEDIATE), provisional);
                }
            }
        }
        // 五(二)5, 决定 D-3: outstanding talent applies for the senior titles regardless of degree and seniority.
        Optional<Finding> talent = OutstandingTalent.ladder(a, field, criteria.level(), asOf);
        if (talent.isPresent()) {
            children.add(talent.get());
            if (talent.get().outcome() == Outcome.WAIVED) {
                return group(clause, Outcome.WAIVED, "ladder.waived", children,
                        Optional.of(GreenChannel.OUTSTANDING_TALENT), provisional);
            }
        }
        Optional<LocalDate> earliest = children.stream().flatMap(Finding::flatten)
                .filter(f -> f.rule().startsWith("ladder.") && f.children().isEmpty())
                .map(Finding::passesOn).flatMap(Optional::stream).min(Comparator.naturalOrder());
        Finding failed = group(clause, Outcome.FAILED, "ladder.failed", children, Optional.empty(), provisional);
        return earliest.map(failed::withPassesOn).orElse(failed);
    }

    private static List<Finding> evaluate(String prefix, List<EducationPath> paths, ApplicantFile a, Field field,
                                          LocalDate asOf, int reduction) {
        return paths.stream()
                .map(p -> PathCheck.check(prefix + p.id(), p, a, field.series(), asOf, reduction))
                .toList();
    }

    private static boolean anyPassed(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.outcome() == Outcome.PASSED);
    }

    private static Finding channel(GreenChannel channel, String rule, String clause, List<Finding> paths,
                                   Object evidence) {
        boolean passed = anyPassed(paths);
        return new Finding(rule, List.of(new Clause(clause)), passed ? Outcome.WAIVED : Outcome.FAILED,
                evidence == null ? Map.of() : Map.of("evidence", evidence),
                Message.of(passed ? "channel.applied" : "channel.notEnough", channel),
                Optional.of(channel), Optional.empty(), false, paths);
    }

    private static Finding group(Clause clause, Outcome outcome, String key, List<Finding> children,
                                 Optional<GreenChannel> exception, boolean provisional) {
        return new Finding("ladder", List.of(clause), outcome, Map.of(), Message.of(key), exception,
                Optional.empty(), provisional, children);
    }

    /** The applicant's current title in the field's series on a date, if any. */
    static Optional<TitleHeld> currentTitle(ApplicantFile a, Field field, LocalDate asOf) {
        return a.titles().stream()
                .filter(t -> t.series() == field.series() && !t.awarded().isAfter(asOf))
                .max(Comparator.comparing((TitleHeld t) -> t.level()).thenComparing(TitleHeld::awarded));
    }

    /** Whether the level asks for a title below it (used by the talent channel for 正高级). */
    static boolean holdsAtLeast(ApplicantFile a, Field field, Level level, LocalDate asOf) {
        return a.titles().stream().anyMatch(t -> t.series() == field.series() && t.level().atLeast(level)
                && !t.awarded().isAfter(asOf));
    }
}
