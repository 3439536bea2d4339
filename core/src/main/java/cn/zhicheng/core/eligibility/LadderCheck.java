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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The education/experience ladder of a level: the base paths first (the way Catala states a base rule), then the
 * exceptions of 五(二) that may ease or waive them — training (五(二)6), direct intermediate (五(二)2) and
 * outstanding talent (五(二)5) — each shown beside the base requirement it changed.
 */
final class LadderCheck {

    private static final Clause TRAINING = new Clause(Training.CLAUSE);
    private static final Clause DIRECT = new Clause(DirectIntermediate.CLAUSE);
    private static final Clause DIRECT_TRAINING = new Clause(Training.CLAUSE + "; " + DirectIntermediate.CLAUSE);

    /** The ladder's clauses: the series' national standard and the field's annex for engineering, else the annex. */
    private static final Memo<Field, List<Clause>> CLAUSES = new Memo<>(field -> List.of(new Clause(
            field.series() == Series.ENGINEERING ? "人社部发〔2019〕16号; " + field.annex() : field.annex().ref())), 1024);

    /**
     * The ladder's finding when it is not explained, by outcome, the channel it rests on (none first) and whether it
     * is provisional: it says nothing else, so one object serves every such check.
     */
    private static final Finding[][][] UNEXPLAINED = unexplained();

    private static Finding[][][] unexplained() {
        GreenChannel[] channels = GreenChannel.values();
        Finding[][][] out = new Finding[Outcome.values().length][channels.length + 1][2];
        for (Outcome o : Outcome.values()) {
            for (int c = 0; c <= channels.length; c++) {
                Optional<GreenChannel> channel = c == 0 ? Optional.empty() : Optional.of(channels[c - 1]);
                for (int p = 0; p < 2; p++) {
                    out[o.ordinal()][c][p] = new Finding(RuleIds.LADDER, List.of(), o, Map.of(), Subject.UNEXPLAINED,
                            channel, Optional.empty(), p == 1, List.of());
                }
            }
        }
        return out;
    }

    private LadderCheck() {
    }

    /**
     * The ladder's finding, and whether the decision rests on 五(二)2 — or, when only time is missing, will first
     * rest on it — which decides from when works "since the current title" count (决定 D-15).
     */
    record Result(Finding finding, boolean direct, List<Finding> base) {
    }

    static Result check(Subject s, Field field, LevelCriteria criteria) {
        ApplicantFile a = s.applicant();
        LocalDate asOf = s.asOf();
        Optional<TrainingCertificate> training = Training.certificate(a, field, asOf);
        List<Finding> base = evaluate(Route.BASE, criteria.paths(), s, field, 0);
        // the ladder's children are its explanation: an unexplained check reads only the paths' outcomes and dates
        List<Finding> children = s.explain() ? withRoomFor(base) : null;
        List<Finding> eased = List.of();
        boolean provisional = Subject.anyProvisional(criteria.paths());

        if (anyPassed(base)) {
            return new Result(group(s, field, Outcome.PASSED, "ladder.passed", children, Optional.empty(),
                    provisional), false, base);
        }
        // 五(二)6, 决定 D-4, D-18: a year off every years requirement, for training in the field applied for.
        if (training.isPresent()) {
            eased = evaluate(Route.TRAINING, criteria.paths(), s, field, 1);
            add(children, s, GreenChannel.TRAINING_REDUCES_YEARS, RuleIds.LADDER_TRAINING, TRAINING, eased,
                    training);
            if (anyPassed(eased)) {
                return new Result(group(s, field, Outcome.WAIVED, "ladder.eased", children,
                        Optional.of(GreenChannel.TRAINING_REDUCES_YEARS), provisional), false, base);
            }
        } else if (children != null) {
            Training.otherField(s, field).ifPresent(children::add);
        }
        List<Finding> direct = direct(s, field, criteria, training, children);
        if (anyPassed(direct)) {
            return new Result(group(s, field, Outcome.WAIVED, "ladder.eased", children,
                    Optional.of(GreenChannel.DIRECT_INTERMEDIATE), provisional), true, base);
        }
        // 五(二)5, 决定 D-3, D-19: outstanding talent applies for the senior titles regardless of degree and seniority.
        Optional<Finding> talent = OutstandingTalent.ladder(s, field, criteria.level());
        if (talent.isPresent()) {
            if (children != null) {
                children.add(talent.get());
            }
            if (talent.get().outcome() == Outcome.WAIVED) {
                return new Result(group(s, field, Outcome.WAIVED, "ladder.waived", children,
                        Optional.of(GreenChannel.OUTSTANDING_TALENT), provisional), false, base);
            }
        }
        // Only time is missing on some route: the ladder passes on the first day any route does. When that route is
        // the direct one, the decision will rest on it; on a tie the base route, tried first, decides.
        Optional<LocalDate> other = earliest(base, eased);
        Optional<LocalDate> viaDirect = earliest(direct, List.of());
        Optional<LocalDate> first = other.isEmpty() ? viaDirect : viaDirect.isEmpty() ? other
                : Optional.of(viaDirect.get().isBefore(other.get()) ? viaDirect.get() : other.get());
        Finding failed = group(s, field, Outcome.FAILED, "ladder.failed", children, Optional.empty(), provisional);
        return new Result(first.map(failed::withPassesOn).orElse(failed),
                viaDirect.isPresent() && (other.isEmpty() || viaDirect.get().isBefore(other.get())), base);
    }

    /**
     * The ladder resting on 五(二)2 (决定 D-15): the channel is open to junior-title holders too, so when the decision
     * would fail on the works counted "since the current title", it may rest on the direct path instead — now, or on
     * the day its years are complete — and those works count from the start of professional work. Empty when the
     * level has no direct path.
     */
    static Optional<Result> directOnly(Subject s, Field field, LevelCriteria criteria, List<Finding> base) {
        if (criteria.directPaths().isEmpty()) {
            return Optional.empty();
        }
        // the base paths as the ladder checked them: the same subject on the same date gives the same findings
        List<Finding> children = s.explain() ? withRoomFor(base) : null;
        List<Finding> direct = direct(s, field, criteria, Training.certificate(s.applicant(), field, s.asOf()),
                children);
        boolean provisional = Subject.anyProvisional(criteria.paths());
        if (anyPassed(direct)) {
            return Optional.of(new Result(group(s, field, Outcome.WAIVED, "ladder.directChosen", children,
                    Optional.of(GreenChannel.DIRECT_INTERMEDIATE), provisional), true, base));
        }
        Finding pending = group(s, field, Outcome.FAILED, "ladder.directPending", children, Optional.empty(),
                provisional);
        return Optional.of(new Result(earliest(direct, List.of()).map(pending::withPassesOn).orElse(pending), true,
                base));
    }

    /**
     * 五(二)2, 决定 D-1/D-2: intermediate without a junior title, years derived from the junior path; with training,
     * the derived years less one. Adds the channels to {@code children} and returns the paths they checked.
     */
    private static List<Finding> direct(Subject s, Field field, LevelCriteria criteria,
                                        Optional<TrainingCertificate> training, List<Finding> children) {
        if (criteria.directPaths().isEmpty()) {
            return List.of();
        }
        List<Finding> direct = evaluate(Route.DIRECT, criteria.directPaths(), s, field, 0);
        add(children, s, GreenChannel.DIRECT_INTERMEDIATE, RuleIds.LADDER_DIRECT, DIRECT, direct, Optional.empty());
        if (anyPassed(direct) || training.isEmpty()) {
            return direct;
        }
        // both channels at once: the derived years, less one for training
        List<Finding> eased = evaluate(Route.DIRECT_TRAINING, criteria.directPaths(), s, field, 1);
        add(children, s, GreenChannel.TRAINING_REDUCES_YEARS, RuleIds.LADDER_DIRECT_TRAINING, DIRECT_TRAINING,
                eased, training);
        List<Finding> both = new ArrayList<>(direct);
        both.addAll(eased);
        return both;
    }

    /** The first day any of these paths passes when only time is missing for it. */
    private static Optional<LocalDate> earliest(List<Finding> paths, List<Finding> more) {
        return Optional.ofNullable(firstOn(more, firstOn(paths, null)));
    }

    private static LocalDate firstOn(List<Finding> list, LocalDate first) {
        for (int i = 0; i < list.size(); i++) {
            Optional<LocalDate> on = list.get(i).passesOn();
            if (on.isPresent() && (first == null || on.get().isBefore(first))) {
                first = on.get();
            }
        }
        return first;
    }

    private static List<Finding> evaluate(Route route, List<EducationPath> paths, Subject s, Field field,
                                          int reduction) {
        Finding[] out = new Finding[paths.size()];
        for (int i = 0; i < out.length; i++) {
            EducationPath p = paths.get(i);
            out[i] = PathCheck.check(route, p, s, field.series(), reduction);
        }
        return Owned.of(out);
    }

    private static boolean anyPassed(List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).outcome() == Outcome.PASSED) {
                return true;
            }
        }
        return false;
    }

    /** The base paths, with room for the channels that may follow them (training, direct, both, talent). */
    private static List<Finding> withRoomFor(List<Finding> base) {
        List<Finding> children = new ArrayList<>(base.size() + 4);
        children.addAll(base);
        return children;
    }

    /** The channel's finding among the ladder's children, when they are written down. */
    private static void add(List<Finding> children, Subject s, GreenChannel channel, String rule, Clause clause,
                            List<Finding> paths, Optional<TrainingCertificate> certificate) {
        if (children != null) {
            children.add(channel(s, channel, rule, clause, paths, certificate));
        }
    }

    private static Finding channel(Subject s, GreenChannel channel, String rule, Clause clause, List<Finding> paths,
                                   Optional<TrainingCertificate> certificate) {
        boolean passed = anyPassed(paths);
        Outcome outcome = passed ? Outcome.WAIVED : Outcome.FAILED;
        TrainingCertificate t = certificate.orElse(null);
        Map<String, Object> facts = t == null ? Map.of() : Facts.of("trainingField", t.field(),
                "trainingHours", t.hours(), "trainingIssued", t.issued());
        return new Finding(rule, List.of(clause), outcome, facts,
                Message.owned(passed ? "channel.applied" : "channel.notEnough", channel),
                Optional.of(channel), Optional.empty(), false, paths, t == null ? List.of() : List.of(t.id()));
    }

    private static Finding group(Subject s, Field field, Outcome outcome, String key, List<Finding> children,
                                 Optional<GreenChannel> exception, boolean provisional) {
        if (!s.explain()) {
            return UNEXPLAINED[outcome.ordinal()][exception.isPresent() ? exception.get().ordinal() + 1 : 0]
                    [provisional ? 1 : 0];
        }
        return new Finding(RuleIds.LADDER, CLAUSES.get(field), outcome, Map.of(), Message.owned(key), exception,
                Optional.empty(), provisional, children);
    }

    /** The applicant's current title in the field's series on a date, if any. */
    static Optional<TitleHeld> currentTitle(ApplicantFile a, Field field, LocalDate asOf) {
        TitleHeld current = null;
        List<TitleHeld> titles = a.titles();
        for (int i = 0; i < titles.size(); i++) {
            TitleHeld t = titles.get(i);
            // the highest level, and of equal levels the latest award; of equal both the first
            if (t.series() == field.series() && !t.awarded().isAfter(asOf) && (current == null
                    || t.level().compareTo(current.level()) > 0 || t.level() == current.level()
                    && t.awarded().isAfter(current.awarded()))) {
                current = t;
            }
        }
        return Optional.ofNullable(current);
    }

    /** Whether the applicant holds a title at a level or above in the field's series (the talent channel, 正高级). */
    static boolean holdsAtLeast(ApplicantFile a, Field field, Level level, LocalDate asOf) {
        List<TitleHeld> titles = a.titles();
        for (int i = 0; i < titles.size(); i++) {
            TitleHeld t = titles.get(i);
            if (t.series() == field.series() && t.level().atLeast(level) && !t.awarded().isAfter(asOf)) {
                return true;
            }
        }
        return false;
    }
}
