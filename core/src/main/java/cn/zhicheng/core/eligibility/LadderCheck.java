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

/**
 * The education/experience ladder of a level: the base paths first (the way Catala states a base rule), then the
 * exceptions of 五(二) that may ease or waive them — training (五(二)6), direct intermediate (五(二)2) and
 * outstanding talent (五(二)5) — each shown beside the base requirement it changed.
 */
final class LadderCheck {

    private LadderCheck() {
    }

    static Finding check(ApplicantFile a, Field field, LevelCriteria criteria, LocalDate asOf) {
        Optional<TrainingCertificate> training = Training.certificate(a, field, asOf);
        List<Finding> base = evaluate(Route.BASE, criteria.paths(), a, field, asOf, 0);
        List<Finding> children = new ArrayList<>(base);
        boolean provisional = criteria.paths().stream().anyMatch(EducationPath::provisional);

        if (anyPassed(base)) {
            return group(field, Outcome.PASSED, "ladder.passed", children, Optional.empty(), provisional);
        }
        // 五(二)6, 决定 D-4: a year off every years requirement.
        if (training.isPresent()) {
            List<Finding> eased = evaluate(Route.TRAINING, criteria.paths(), a, field, asOf, 1);
            children.add(channel(GreenChannel.TRAINING_REDUCES_YEARS, RuleIds.LADDER_TRAINING, Training.CLAUSE,
                    eased, training));
            if (anyPassed(eased)) {
                return group(field, Outcome.WAIVED, "ladder.eased", children,
                        Optional.of(GreenChannel.TRAINING_REDUCES_YEARS), provisional);
            }
        } else {
            Training.otherField(a, field, asOf).ifPresent(children::add);
        }
        Optional<Finding> direct = direct(a, field, criteria, asOf, training, children);
        if (direct.isPresent()) {
            return direct.get();
        }
        // 五(二)5, 决定 D-3, D-19: outstanding talent applies for the senior titles regardless of degree and seniority.
        Optional<Finding> talent = OutstandingTalent.ladder(a, field, criteria.level(), asOf);
        if (talent.isPresent()) {
            children.add(talent.get());
            if (talent.get().outcome() == Outcome.WAIVED) {
                return group(field, Outcome.WAIVED, "ladder.waived", children,
                        Optional.of(GreenChannel.OUTSTANDING_TALENT), provisional);
            }
        }
        Optional<LocalDate> earliest = children.stream().flatMap(Finding::flatten)
                .filter(f -> f.children().isEmpty())
                .map(Finding::passesOn).flatMap(Optional::stream).min(Comparator.naturalOrder());
        Finding failed = group(field, Outcome.FAILED, "ladder.failed", children, Optional.empty(), provisional);
        return earliest.map(failed::withPassesOn).orElse(failed);
    }

    /**
     * The ladder resting on 五(二)2 (决定 D-15): the channel is open to junior-title holders too, so when the base
     * requirement is met but the decision would still fail on what counts "since the current title", the decision
     * may rest on the direct path instead, and those windows count from the start of professional work.
     */
    static Optional<Finding> directOnly(ApplicantFile a, Field field, LevelCriteria criteria, LocalDate asOf) {
        List<Finding> children = new ArrayList<>(evaluate(Route.BASE, criteria.paths(), a, field, asOf, 0));
        return direct(a, field, criteria, asOf, Training.certificate(a, field, asOf), children)
                .map(f -> new Finding(f.rule(), f.clauses(), f.outcome(), f.facts(), Message.of("ladder.directChosen"),
                        f.exception(), f.passesOn(), f.provisional(), f.children(), f.evidence()));
    }

    /** 五(二)2, 决定 D-1/D-2: intermediate without a junior title, years derived from the junior path. */
    private static Optional<Finding> direct(ApplicantFile a, Field field, LevelCriteria criteria, LocalDate asOf,
                                            Optional<TrainingCertificate> training, List<Finding> children) {
        if (criteria.directPaths().isEmpty()) {
            return Optional.empty();
        }
        boolean provisional = criteria.paths().stream().anyMatch(EducationPath::provisional);
        List<Finding> direct = evaluate(Route.DIRECT, criteria.directPaths(), a, field, asOf, 0);
        children.add(channel(GreenChannel.DIRECT_INTERMEDIATE, RuleIds.LADDER_DIRECT, DirectIntermediate.CLAUSE,
                direct, Optional.empty()));
        if (anyPassed(direct)) {
            return Optional.of(group(field, Outcome.WAIVED, "ladder.eased", children,
                    Optional.of(GreenChannel.DIRECT_INTERMEDIATE), provisional));
        }
        // both channels at once: the derived years, less one for training
        if (training.isPresent()) {
            List<Finding> eased = evaluate(Route.DIRECT_TRAINING, criteria.directPaths(), a, field, asOf, 1);
            children.add(channel(GreenChannel.TRAINING_REDUCES_YEARS, RuleIds.LADDER_DIRECT_TRAINING,
                    Training.CLAUSE + "; " + DirectIntermediate.CLAUSE, eased, training));
            if (anyPassed(eased)) {
                return Optional.of(group(field, Outcome.WAIVED, "ladder.eased", children,
                        Optional.of(GreenChannel.DIRECT_INTERMEDIATE), provisional));
            }
        }
        return Optional.empty();
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
