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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The education/experience ladder of a level: the base paths first (the way Catala states a base rule), then the
 * exceptions of 五(二) that may ease or waive them — training (五(二)6), direct intermediate (五(二)2) and
 * outstanding talent (五(二)5) — each shown beside the base requirement it changed.
 */
final class LadderCheck {

    /** What a path or a route answers when it passes on the evaluation date itself. */
    static final LocalDate NOW = LocalDate.MIN;

    private static final List<Clause> TRAINING = List.of(new Clause(Training.CLAUSE));
    private static final List<Clause> DIRECT = List.of(new Clause(DirectIntermediate.CLAUSE));
    private static final List<Clause> DIRECT_TRAINING = List.of(new Clause(Training.CLAUSE + "; "
            + DirectIntermediate.CLAUSE));

    /** What the ladder says besides its children: the same words in every decision. */
    private static final Message PASSED = Message.owned("ladder.passed");
    private static final Message EASED = Message.owned("ladder.eased");
    private static final Message WAIVED = Message.owned("ladder.waived");
    private static final Message FAILED = Message.owned("ladder.failed");
    private static final Message DIRECT_CHOSEN = Message.owned("ladder.directChosen");
    private static final Message DIRECT_PENDING = Message.owned("ladder.directPending");

    /** The ladder's clauses: the series' national standard and the field's annex for engineering, else the annex. */
    private static final Memo<Field, List<Clause>> CLAUSES = new Memo<>(field -> List.of(new Clause(
            field.series() == Series.ENGINEERING ? "人社部发〔2019〕16号; " + field.annex() : field.annex().ref())), 1024);

    /**
     * The ladder's result when it is not explained and names no date, by outcome, the channel it rests on (none
     * first), whether it is provisional and whether it rests on 五(二)2: it says nothing else, so one object serves
     * every such check.
     */
    private static final Result[][][][] UNEXPLAINED = unexplained();

    private static Result[][][][] unexplained() {
        GreenChannel[] channels = GreenChannel.values();
        Result[][][][] out = new Result[Outcome.values().length][channels.length + 1][2][2];
        for (Outcome o : Outcome.values()) {
            for (int c = 0; c <= channels.length; c++) {
                Optional<GreenChannel> channel = c == 0 ? Optional.empty() : Optional.of(channels[c - 1]);
                for (int p = 0; p < 2; p++) {
                    Finding f = new Finding(RuleIds.LADDER, List.of(), o, Map.of(), Subject.UNEXPLAINED, channel,
                            Optional.empty(), p == 1, List.of());
                    out[o.ordinal()][c][p][0] = new Result(f, false, List.of());
                    out[o.ordinal()][c][p][1] = new Result(f, true, List.of());
                }
            }
        }
        return out;
    }

    private LadderCheck() {
    }

    /**
     * The ladder's finding, whether the decision rests on 五(二)2 — or, when only time is missing, will first rest on
     * it — which decides from when works "since the current title" count (决定 D-15), and the base paths' findings
     * when they are written down.
     */
    record Result(Finding finding, boolean direct, List<Finding> base) {
    }

    /** The ladder's children as they are written down: the base paths, then the channels tried after them. */
    private static final class Children {

        private final Finding[] all;
        private int size;

        /** The base paths, with room for the channels that may follow them (training, direct, both, talent). */
        Children(List<Finding> base) {
            all = new Finding[base.size() + 4];
            for (int i = 0; i < base.size(); i++) {
                all[size++] = base.get(i);
            }
        }

        void add(Finding f) {
            all[size++] = f;
        }

        List<Finding> list() {
            return Owned.of(all, size);
        }
    }

    static Result check(Subject s, Field field, LevelCriteria criteria) {
        TrainingCertificate training = s.training();
        List<EducationPath> paths = criteria.paths();
        Finding[] baseFound = s.explain() ? new Finding[paths.size()] : null;
        LocalDate base = route(Route.BASE, paths, s, field, 0, baseFound);
        List<Finding> basePaths = baseFound == null ? List.of() : Owned.of(baseFound);
        // the ladder's children are its explanation: an unexplained check reads only the routes' answers
        Children children = s.explain() ? new Children(basePaths) : null;
        LocalDate eased = null;
        boolean provisional = Subject.anyProvisional(paths);

        if (base == NOW) {
            return result(s, field, Outcome.PASSED, PASSED, children, null, provisional, false, basePaths, null);
        }
        // 五(二)6, 决定 D-4, D-18: a year off every years requirement, for training in the field applied for.
        if (training != null) {
            Finding[] easedFound = s.explain() ? new Finding[paths.size()] : null;
            eased = route(Route.TRAINING, paths, s, field, 1, easedFound);
            add(children, GreenChannel.TRAINING_REDUCES_YEARS, RuleIds.LADDER_TRAINING, TRAINING, eased == NOW,
                    easedFound, training);
            if (eased == NOW) {
                return result(s, field, Outcome.WAIVED, EASED, children, GreenChannel.TRAINING_REDUCES_YEARS,
                        provisional, false, basePaths, null);
            }
        } else if (children != null) {
            Training.otherField(s, field).ifPresent(children::add);
        }
        LocalDate viaDirect = direct(s, field, criteria, training, children);
        if (viaDirect == NOW) {
            return result(s, field, Outcome.WAIVED, EASED, children, GreenChannel.DIRECT_INTERMEDIATE, provisional,
                    true, basePaths, null);
        }
        // 五(二)5, 决定 D-3, D-19: outstanding talent applies for the senior titles regardless of degree and seniority.
        Finding talent = OutstandingTalent.ladder(s, field, criteria.level());
        if (talent != null) {
            if (children != null) {
                children.add(talent);
            }
            if (talent.outcome() == Outcome.WAIVED) {
                return result(s, field, Outcome.WAIVED, WAIVED, children, GreenChannel.OUTSTANDING_TALENT,
                        provisional, false, basePaths, null);
            }
        }
        // Only time is missing on some route: the ladder passes on the first day any route does. When that route is
        // the direct one, the decision will rest on it; on a tie the base route, tried first, decides.
        LocalDate other = earlier(base, eased);
        return result(s, field, Outcome.FAILED, FAILED, children, null, provisional,
                viaDirect != null && (other == null || viaDirect.isBefore(other)), basePaths,
                earlier(other, viaDirect));
    }

    /**
     * The ladder resting on 五(二)2 (决定 D-15): the channel is open to junior-title holders too, so when the decision
     * would fail on the works counted "since the current title", it may rest on the direct path instead — now, or on
     * the day its years are complete — and those works count from the start of professional work. Null when the
     * level has no direct path, or when time alone will not open it.
     */
    static Result directOnly(Subject s, Field field, LevelCriteria criteria, List<Finding> base) {
        if (criteria.directPaths().isEmpty()) {
            return null;
        }
        // the base paths as the ladder checked them: the same subject on the same date gives the same findings
        Children children = s.explain() ? new Children(base) : null;
        LocalDate direct = direct(s, field, criteria, s.training(), children);
        if (direct == null) {
            return null;
        }
        boolean provisional = Subject.anyProvisional(criteria.paths());
        if (direct == NOW) {
            return result(s, field, Outcome.WAIVED, DIRECT_CHOSEN, children, GreenChannel.DIRECT_INTERMEDIATE,
                    provisional, true, base, null);
        }
        return result(s, field, Outcome.FAILED, DIRECT_PENDING, children, null, provisional, true, base, direct);
    }

    /**
     * 五(二)2, 决定 D-1/D-2: intermediate without a junior title, years derived from the junior path; with training,
     * the derived years less one. Adds the channels to {@code children} and answers when the first of their paths
     * passes, as a route does; null when the level has no direct path.
     */
    private static LocalDate direct(Subject s, Field field, LevelCriteria criteria, TrainingCertificate training,
                                    Children children) {
        List<EducationPath> paths = criteria.directPaths();
        if (paths.isEmpty()) {
            return null;
        }
        Finding[] found = children != null ? new Finding[paths.size()] : null;
        LocalDate direct = route(Route.DIRECT, paths, s, field, 0, found);
        add(children, GreenChannel.DIRECT_INTERMEDIATE, RuleIds.LADDER_DIRECT, DIRECT, direct == NOW, found, null);
        if (direct == NOW || training == null) {
            return direct;
        }
        // both channels at once: the derived years, less one for training
        Finding[] easedFound = children != null ? new Finding[paths.size()] : null;
        LocalDate eased = route(Route.DIRECT_TRAINING, paths, s, field, 1, easedFound);
        add(children, GreenChannel.TRAINING_REDUCES_YEARS, RuleIds.LADDER_DIRECT_TRAINING, DIRECT_TRAINING,
                eased == NOW, easedFound, training);
        return earlier(direct, eased);
    }

    /**
     * The paths of a route, in order: {@link #NOW} when any passes, else the first day any does when only time is
     * missing for it, else null. Their findings go to {@code found} when it is given (when explaining); otherwise
     * the first path that passes answers for the route.
     */
    private static LocalDate route(Route route, List<EducationPath> paths, Subject s, Field field, int reduction,
                                   Finding[] found) {
        LocalDate first = null;
        for (int i = 0; i < paths.size(); i++) {
            LocalDate on = PathCheck.check(route, paths.get(i), s, field.series(), reduction, found, i);
            if (on == NOW && found == null) {
                return NOW;
            }
            first = earlier(first, on);
        }
        return first;
    }

    /** The earlier of two answers, either of which may be null (never); {@link #NOW} is the earliest of all. */
    private static LocalDate earlier(LocalDate x, LocalDate y) {
        return x == null ? y : y == null || !y.isBefore(x) ? x : y;
    }

    /** The channel's finding among the ladder's children, when they are written down. */
    private static void add(Children children, GreenChannel channel, String rule, List<Clause> clauses,
                            boolean passed, Finding[] paths, TrainingCertificate t) {
        if (children == null) {
            return;
        }
        Map<String, Object> facts = t == null ? Map.of() : Facts.of("trainingField", t.field(),
                "trainingHours", t.hours(), "trainingIssued", t.issued());
        children.add(new Finding(rule, clauses, passed ? Outcome.WAIVED : Outcome.FAILED, facts,
                Message.owned(passed ? "channel.applied" : "channel.notEnough", channel),
                Optional.of(channel), Optional.empty(), false, Owned.of(paths), t == null ? List.of() : List.of(t.id())));
    }

    /**
     * The ladder's result: its finding and whether it rests on the direct path. Unexplained and naming no date, one
     * of the shared results.
     */
    private static Result result(Subject s, Field field, Outcome outcome, Message message, Children children,
                                 GreenChannel exception, boolean provisional, boolean direct, List<Finding> base,
                                 LocalDate passesOn) {
        if (!s.explain() && passesOn == null) {
            return UNEXPLAINED[outcome.ordinal()][exception == null ? 0 : exception.ordinal() + 1]
                    [provisional ? 1 : 0][direct ? 1 : 0];
        }
        Finding f = !s.explain()
                ? new Finding(RuleIds.LADDER, List.of(), outcome, Map.of(), Subject.UNEXPLAINED,
                        Optional.ofNullable(exception), Optional.of(passesOn), provisional, List.of())
                : new Finding(RuleIds.LADDER, CLAUSES.get(field), outcome, Map.of(), message,
                        Optional.ofNullable(exception), Optional.ofNullable(passesOn), provisional, children.list());
        return new Result(f, direct, base);
    }

    /** The applicant's current title in the field's series on a date, or null when none is held. */
    static TitleHeld currentTitle(ApplicantFile a, Field field, LocalDate asOf) {
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
        return current;
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
