package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.applicant.TrainingCertificate;
import cn.zhicheng.core.channel.DirectIntermediate;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.eligibility.RuleIds.Route;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The education/experience ladder of a level: the base paths first (the way Catala states a base rule), then the
 * exceptions of 五(二) that may ease or waive them — training (五(二)6), direct intermediate (五(二)2) and
 * outstanding talent (五(二)5) — each shown beside the base requirement it changed.
 */
final class LadderCheck {

    private LadderCheck() {
    }

    /**
     * The ladder's finding, and whether the decision rests on 五(二)2 — or, when only time is missing, will first
     * rest on it — which decides from when works "since the current title" count (决定 D-15).
     */
    record Result(Finding finding, boolean direct) {
    }

    static Result check(ApplicantFile a, Field field, LevelCriteria criteria, LocalDate asOf) {
        Optional<TrainingCertificate> training = Training.certificate(a, field, asOf);
        List<Finding> base = evaluate(Route.BASE, criteria.paths(), a, field, asOf, 0);
        List<Finding> children = new ArrayList<>(base);
        List<Finding> eased = List.of();
        boolean provisional = criteria.paths().stream().anyMatch(EducationPath::provisional);

        if (anyPassed(base)) {
            return new Result(group(field, Outcome.PASSED, "ladder.passed", children, Optional.empty(), provisional),
                    false);
        }
        // 五(二)6, 决定 D-4, D-18: a year off every years requirement, for training in the field applied for.
        if (training.isPresent()) {
            eased = evaluate(Route.TRAINING, criteria.paths(), a, field, asOf, 1);
            children.add(channel(GreenChannel.TRAINING_REDUCES_YEARS, RuleIds.LADDER_TRAINING, Training.CLAUSE,
                    eased, training));
            if (anyPassed(eased)) {
                return new Result(group(field, Outcome.WAIVED, "ladder.eased", children,
                        Optional.of(GreenChannel.TRAINING_REDUCES_YEARS), provisional), false);
            }
        } else {
            Training.otherField(a, field, asOf).ifPresent(children::add);
        }
        List<Finding> direct = direct(a, field, criteria, asOf, training, children);
        if (anyPassed(direct)) {
            return new Result(group(field, Outcome.WAIVED, "ladder.eased", children,
                    Optional.of(GreenChannel.DIRECT_INTERMEDIATE), provisional), true);
        }
        // 五(二)5, 决定 D-3, D-19: outstanding talent applies for the senior titles regardless of degree and seniority.
        Optional<Finding> talent = OutstandingTalent.ladder(a, field, criteria.level(), asOf);
        if (talent.isPresent()) {
            children.add(talent.get());
            if (talent.get().outcome() == Outcome.WAIVED) {
                return new Result(group(field, Outcome.WAIVED, "ladder.waived", children,
                        Optional.of(GreenChannel.OUTSTANDING_TALENT), provisional), false);
            }
        }
        // Only time is missing on some route: the ladder passes on the first day any route does. When that route is
        // the direct one, the decision will rest on it; on a tie the base route, tried first, decides.
        Optional<LocalDate> other = earliest(base, eased);
        Optional<LocalDate> viaDirect = earliest(direct, List.of());
        Optional<LocalDate> first = Stream.of(other, viaDirect).flatMap(Optional::stream).min(Comparator.naturalOrder());
        Finding failed = group(field, Outcome.FAILED, "ladder.failed", children, Optional.empty(), provisional);
        return new Result(first.map(failed::withPassesOn).orElse(failed),
                viaDirect.isPresent() && (other.isEmpty() || viaDirect.get().isBefore(other.get())));
    }

    /**
     * The ladder resting on 五(二)2 (决定 D-15): the channel is open to junior-title holders too, so when the decision
     * would fail on the works counted "since the current title", it may rest on the direct path instead — now, or on
     * the day its years are complete — and those works count from the start of professional work. Empty when the
     * level has no direct path.
     */
    static Optional<Result> directOnly(ApplicantFile a, Field field, LevelCriteria criteria, LocalDate asOf) {
        if (criteria.directPaths().isEmpty()) {
            return Optional.empty();
        }
        List<Finding> children = new ArrayList<>(evaluate(Route.BASE, criteria.paths(), a, field, asOf, 0));
        List<Finding> direct = direct(a, field, criteria, asOf, Training.certificate(a, field, asOf), children);
        boolean provisional = criteria.paths().stream().anyMatch(EducationPath::provisional);
        if (anyPassed(direct)) {
            return Optional.of(new Result(group(field, Outcome.WAIVED, "ladder.directChosen", children,
                    Optional.of(GreenChannel.DIRECT_INTERMEDIATE), provisional), true));
        }
        Finding pending = group(field, Outcome.FAILED, "ladder.directPending", children, Optional.empty(),
                provisional);
        return Optional.of(new Result(earliest(direct, List.of()).map(pending::withPassesOn).orElse(pending), true));
    }

    /**
     * 五(二)2, 决定 D-1/D-2: intermediate without a junior title, years derived from the junior path; with training,
     * the derived years less one. Adds the channels to {@code children} and returns the paths they checked.
     */
    private static List<Finding> direct(ApplicantFile a, Field field, LevelCriteria criteria, LocalDate asOf,
                                        Optional<TrainingCertificate> training, List<Finding> children) {
        if (criteria.directPaths().isEmpty()) {
            return List.of();
        }
        List<Finding> direct = evaluate(Route.DIRECT, criteria.directPaths(), a, field, asOf, 0);
        children.add(channel(GreenChannel.DIRECT_INTERMEDIATE, RuleIds.LADDER_DIRECT, DirectIntermediate.CLAUSE,
                direct, Optional.empty()));
        if (anyPassed(direct) || training.isEmpty()) {
            return direct;
        }
        // both channels at once: the derived years, less one for training
        List<Finding> eased = evaluate(Route.DIRECT_TRAINING, criteria.directPaths(), a, field, asOf, 1);
        children.add(channel(GreenChannel.TRAINING_REDUCES_YEARS, RuleIds.LADDER_DIRECT_TRAINING,
                Training.CLAUSE + "; " + DirectIntermediate.CLAUSE, eased, training));
        List<Finding> both = new ArrayList<>(direct);
        both.addAll(eased);
        return both;
    }

    /** The first day any of these paths passes when only time is missing for it. */
    private static Optional<LocalDate> earliest(List<Finding> paths, List<Finding> more) {
        return Stream.concat(paths.stream(), more.stream()).map(Finding::passesOn).flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private static List<Finding> evaluate(Route route, List<EducationPath> paths, ApplicantFile a, Field field,
                                          LocalDate asOf, int reduction) {
        return paths.stream()
                .map(p -> PathCheck.check(route.path(p.id()), p, a, field.series(), asOf, reduction))
                .toList();
    }

    private static boolean anyPassed(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.outcome() == Outcome.PASSED);
    }

    private static Finding channel(GreenChannel channel, String rule, String clause, List<Finding> paths,
                                   Optional<TrainingCertificate> certificate) {
        boolean passed = anyPassed(paths);
        Map<String, Object> facts = certificate.<Map<String, Object>>map(t -> Map.of("trainingField", t.field(),
                "trainingHours", t.hours(), "trainingIssued", t.issued())).orElse(Map.of());
        return new Finding(rule, List.of(new Clause(clause)), passed ? Outcome.WAIVED : Outcome.FAILED, facts,
                Message.of(passed ? "channel.applied" : "channel.notEnough", channel),
                Optional.of(channel), Optional.empty(), false, paths)
                .withEvidence(certificate.map(t -> List.of(t.id())).orElse(List.of()));
    }

    private static Finding group(Field field, Outcome outcome, String key, List<Finding> children,
                                 Optional<GreenChannel> exception, boolean provisional) {
        Clause clause = new Clause(field.series() == Series.ENGINEERING
                ? "人社部发〔2019〕16号; " + field.annex() : field.annex().ref());
        return new Finding(RuleIds.LADDER, List.of(clause), outcome, Map.of(), Message.of(key), exception,
                Optional.empty(), provisional, children);
    }

    /** The applicant's current title in the field's series on a date, if any. */
    static Optional<TitleHeld> currentTitle(ApplicantFile a, Field field, LocalDate asOf) {
        return a.titles().stream()
                .filter(t -> t.series() == field.series() && !t.awarded().isAfter(asOf))
                .max(Comparator.comparing((TitleHeld t) -> t.level()).thenComparing(TitleHeld::awarded));
    }

    /** Whether the applicant holds a title at a level or above in the field's series (the talent channel, 正高级). */
    static boolean holdsAtLeast(ApplicantFile a, Field field, Level level, LocalDate asOf) {
        return a.titles().stream().anyMatch(t -> t.series() == field.series() && t.level().atLeast(level)
                && !t.awarded().isAfter(asOf));
    }
}
