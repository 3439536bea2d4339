package cn.zhicheng.core.overlay;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.criteria.Achievement;
import cn.zhicheng.core.criteria.AchievementRule;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.FanAchievement;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.criteria.SalesAchievement;
import cn.zhicheng.core.criteria.ServiceHoursAchievement;
import cn.zhicheng.core.criteria.WorksAchievement;
import cn.zhicheng.core.decision.CriteriaDigest;
import cn.zhicheng.core.decision.OverlayPin;
import cn.zhicheng.core.eligibility.RuleIds;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.review.round.Delegation;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An association's overlay on the provincial criteria (四, 决定 D-12): for the fields and levels of its delegation it
 * may raise years of a path, the minimum of an achievement and the number of achievements a level asks for, and add
 * achievements that must all be met besides the provincial achievement requirement — never lower or remove one.
 * Every raised item cites the overlay's document after the provincial clause it raises, every added one the
 * overlay's own clause; a change that would lower a requirement is refused naming the criterion and the clause it
 * would weaken.
 *
 * @param source how the overlay file is named in messages
 * @param sha256 the SHA-256 of the overlay file as read
 */
public record Overlay(String source, OverlayDescriptor descriptor, String sha256) {

    /** The only descriptor schema an overlay is written for. */
    public static final String SCHEMA = "1.0";

    public Overlay {
        requireNonNull(source, "source is null");
        requireNonNull(descriptor, "descriptor is null");
        requireNonNull(sha256, "sha256 is null");
    }

    /** Reads an overlay file strictly; every problem of the file is listed together. */
    public static Overlay read(StrictReader reader, String source, byte[] content) {
        OverlayDescriptor d = reader.read(source, content, StrictReader.Syntax.YAML, OverlayDescriptor.class);
        if (!SCHEMA.equals(d.schema())) {
            throw new InputRejected(List.of(new InputProblem(source, "schema", 0, 0,
                    Refusal.of("overlay.schema", d.schema(), SCHEMA))));
        }
        return new Overlay(source, d, sha256(content));
    }

    public OverlayDescriptor.Header header() {
        return descriptor.overlay();
    }

    /** The citation a raised requirement carries after the provincial clause. */
    public String citation() {
        return "协会标准 " + header().document();
    }

    /**
     * Everything wrong with the overlay against the provincial criteria: a change outside what it covers, a field or
     * criterion the province does not have, a change that would lower a requirement. {@code provincial} gives a
     * field's provincial criteria in force on the overlay's first day, or nothing when no such field is installed.
     */
    public List<InputProblem> problems(Function<String, Optional<FieldCriteria>> provincial) {
        List<InputProblem> problems = new ArrayList<>();
        List<String> fields = new ArrayList<>(new TreeSet<>(descriptor.covers().fields()));
        for (int i = 0; i < fields.size(); i++) {
            if (provincial.apply(fields.get(i)).isEmpty()) {
                problems.add(problem("covers.fields", Refusal.of("overlay.unknownField", fields.get(i),
                        header().effectiveFrom())));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < descriptor.changes().size(); i++) {
            OverlayDescriptor.Change c = descriptor.changes().get(i);
            String at = "changes[" + i + "]";
            if (!descriptor.covers().fields().contains(c.field())) {
                problems.add(problem(at + ".field", Refusal.of("overlay.fieldNotCovered", c.field())));
                continue;
            }
            if (!descriptor.covers().levels().contains(c.level())) {
                problems.add(problem(at + ".level", Refusal.of("overlay.levelNotCovered", c.level().name())));
                continue;
            }
            if (!seen.add(c.field() + " " + c.level())) {
                problems.add(problem(at, Refusal.of("overlay.duplicateChange", c.field(), c.level().name())));
                continue;
            }
            provincial.apply(c.field()).ifPresent(f -> raise(f, f.at(c.level()), c, at, problems,
                    new ArrayList<>(), new ArrayList<>()));
        }
        return problems;
    }

    /**
     * The provincial criteria of one field with this overlay's changes applied, and the pin a decision under them
     * carries; refused when the overlay is not in force on {@code asOf} or would lower a requirement.
     */
    public Applied apply(FieldCriteria provincial, LocalDate asOf) {
        List<InputProblem> problems = new ArrayList<>();
        if (asOf.isBefore(header().effectiveFrom())) {
            problems.add(problem("overlay.effectiveFrom", Refusal.of("overlay.notInForce", header().id(),
                    header().version(), header().effectiveFrom(), asOf)));
        }
        String code = provincial.field().code();
        if (!descriptor.covers().fields().contains(code)) {
            problems.add(problem("covers.fields", Refusal.of("overlay.fieldNotCovered", code)));
        }
        Map<Level, LevelCriteria> levels = new EnumMap<>(provincial.levels());
        Map<Level, List<String>> raised = new EnumMap<>(Level.class);
        Map<Level, List<String>> added = new EnumMap<>(Level.class);
        for (int i = 0; i < descriptor.changes().size(); i++) {
            OverlayDescriptor.Change c = descriptor.changes().get(i);
            if (c.field().equals(code)) {
                List<String> ids = new ArrayList<>();
                List<String> adds = new ArrayList<>();
                levels.put(c.level(), raise(provincial, provincial.at(c.level()), c, "changes[" + i + "]", problems,
                        ids, adds));
                raised.put(c.level(), ids);
                added.put(c.level(), adds);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        FieldCriteria criteria = new FieldCriteria(provincial.field(), levels, provincial.ruleSet(),
                provincial.directIntermediate());
        Map<Level, OverlayPin> pins = new EnumMap<>(Level.class);
        for (Level level : levels.keySet()) {
            pins.put(level, new OverlayPin(header().id(), header().association(), header().version(),
                    header().document(), header().effectiveFrom(), sha256,
                    CriteriaDigest.of(provincial.field(), levels.get(level)),
                    raised.getOrDefault(level, List.of()), added.getOrDefault(level, List.of())));
        }
        return new Applied(criteria, pins);
    }

    /** A field's criteria under an overlay, and per level the pin its decisions carry. */
    public record Applied(FieldCriteria criteria, Map<Level, OverlayPin> pins) {
        public Applied {
            requireNonNull(criteria, "criteria is null");
            pins = Map.copyOf(pins);
        }

        public OverlayPin pin(Level level) {
            return pins.get(level);
        }
    }

    /**
     * Where the overlay reaches beyond its association's delegation in force on the overlay's first day (四,
     * 决定 D-12): each field and level it covers must be delegated to the association that day.
     */
    public List<InputProblem> outsideDelegation(List<Delegation> delegations) {
        LocalDate on = header().effectiveFrom();
        String association = header().association();
        List<Delegation> own = delegations.stream().filter(d -> d.association().equals(association)).toList();
        if (own.stream().noneMatch(d -> d.inForce(on))) {
            return List.of(problem("overlay.association", Refusal.of("overlay.noDelegation", association, on)));
        }
        List<InputProblem> problems = new ArrayList<>();
        for (String field : new TreeSet<>(descriptor.covers().fields())) {
            for (Level level : new TreeSet<>(descriptor.covers().levels())) {
                if (own.stream().noneMatch(d -> d.covers(field, level, on))) {
                    problems.add(problem("covers", Refusal.of("overlay.outsideDelegation", field, level.name(),
                            association, on)));
                }
            }
        }
        return problems;
    }

    /**
     * One level's criteria with a change applied; every lowering and unknown id goes to {@code problems}. The ids of
     * what it raises go to {@code raisedIds}, the rule ids of the achievements it adds to {@code addedIds}.
     */
    private LevelCriteria raise(FieldCriteria field, LevelCriteria at, OverlayDescriptor.Change c, String path,
                                List<InputProblem> problems, List<String> raisedIds, List<String> addedIds) {
        String annex = field.field().annex().ref();
        List<EducationPath> paths = new ArrayList<>(at.paths());
        List<EducationPath> direct = new ArrayList<>(at.directPaths());
        for (int i = 0; i < c.paths().size(); i++) {
            OverlayDescriptor.PathRaise r = c.paths().get(i);
            String p = path + ".paths[" + i + "]";
            List<EducationPath> in = indexOf(paths, r.id()) >= 0 ? paths : indexOf(direct, r.id()) >= 0 ? direct : null;
            if (in == null) {
                problems.add(problem(p + ".id", Refusal.of("overlay.unknownPath", r.id(), c.field(), c.level().name())));
                continue;
            }
            int k = indexOf(in, r.id());
            EducationPath e = in.get(k);
            int since = e.yearsSincePriorTitle();
            int years = e.professionalYears();
            if (r.yearsSincePriorTitle() != null) {
                if (e.priorTitle() == null) {
                    problems.add(problem(p + ".yearsSincePriorTitle", Refusal.of("overlay.noPriorTitle", e.id())));
                } else if (r.yearsSincePriorTitle() < since) {
                    problems.add(lowers(p + ".yearsSincePriorTitle", e.id(), e.clause(), since,
                            r.yearsSincePriorTitle()));
                } else {
                    since = r.yearsSincePriorTitle();
                }
            }
            if (r.professionalYears() != null) {
                if (r.professionalYears() < years) {
                    problems.add(lowers(p + ".professionalYears", e.id(), e.clause(), years, r.professionalYears()));
                } else {
                    years = r.professionalYears();
                }
            }
            if (since != e.yearsSincePriorTitle() || years != e.professionalYears()) {
                in.set(k, new EducationPath(e.id(), e.education(), e.priorTitle(), since, years, cite(e.clause()),
                        e.status(), e.source()));
                raisedIds.add("ladder.path." + e.id());
            }
        }
        Optional<AchievementRule> rule = at.achievements();
        OverlayDescriptor.Achievements a = c.achievements();
        if (a != null) {
            if (rule.isEmpty()) {
                problems.add(problem(path + ".achievements", Refusal.of("overlay.noAchievements", c.field(),
                        c.level().name())));
            } else {
                rule = Optional.of(raise(annex, rule.get(), a, c, path + ".achievements", problems, raisedIds));
            }
        }
        return new LevelCriteria(at.level(), at.title(), paths, direct, rule, at.score(),
                added(field, c, path, problems, addedIds));
    }

    /**
     * The achievements a change adds ({@code require}), each to be met besides the provincial achievement
     * requirement and citing the overlay's own clause. An id the province already uses in the field (an
     * achievement or a path at any level) or given twice is refused naming it: an added requirement can never be
     * mistaken for, or stand in for, a provincial one.
     */
    private List<Achievement> added(FieldCriteria field, OverlayDescriptor.Change c, String path,
                                    List<InputProblem> problems, List<String> addedIds) {
        Map<String, String> provincial = new java.util.HashMap<>();
        for (LevelCriteria l : field.levels().values()) {
            l.achievements().ifPresent(r -> r.anyOf().forEach(x -> provincial.putIfAbsent(x.id(), x.clause())));
            l.paths().forEach(e -> provincial.putIfAbsent(e.id(), e.clause()));
            l.directPaths().forEach(e -> provincial.putIfAbsent(e.id(), e.clause()));
        }
        List<Achievement> added = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.require().size(); i++) {
            Achievement x = c.require().get(i);
            String p = path + ".require[" + i + "].id";
            if (provincial.containsKey(x.id())) {
                problems.add(problem(p, Refusal.of("overlay.requireCollides", x.id(), provincial.get(x.id()),
                        c.field())));
            } else if (!seen.add(x.id())) {
                problems.add(problem(p, Refusal.of("overlay.requireDuplicate", x.id())));
            } else {
                added.add(x);
                addedIds.add(RuleIds.added(x.id()));
            }
        }
        return added;
    }

    private AchievementRule raise(String annex, AchievementRule r, OverlayDescriptor.Achievements a, OverlayDescriptor.Change c,
                                  String path, List<InputProblem> problems, List<String> raisedIds) {
        // the achievement rule itself rests on the annex and 五(二)3 (决定 D-21 for its counts)
        String ruleClause = annex + "; 五(二)3; 决定 D-21";
        List<Achievement> items = new ArrayList<>(r.anyOf());
        for (int i = 0; i < a.raise().size(); i++) {
            OverlayDescriptor.AchievementRaise x = a.raise().get(i);
            String p = path + ".raise[" + i + "]";
            int k = -1;
            for (int j = 0; j < items.size(); j++) {
                if (items.get(j).id().equals(x.id())) {
                    k = j;
                }
            }
            if (k < 0) {
                problems.add(problem(p + ".id", Refusal.of("overlay.unknownAchievement", x.id(), c.field(),
                        c.level().name())));
                continue;
            }
            Achievement raised = raise(items.get(k), x, p, problems);
            if (raised != items.get(k)) {
                items.set(k, raised);
                raisedIds.add("achievement." + x.id());
            }
        }
        int min = r.min();
        int minPrincipal = r.minPrincipal();
        if (a.min() != null) {
            if (a.min() < r.min()) {
                problems.add(lowers(path + ".min", "achievements", ruleClause, r.min(), a.min()));
            } else if (a.min() > items.size()) {
                problems.add(problem(path + ".min", Refusal.of("overlay.minAboveCount", a.min(), items.size())));
            } else {
                min = a.min();
            }
        }
        if (a.minPrincipal() != null) {
            long principals = items.stream().filter(Achievement::asPrincipal).count();
            if (a.minPrincipal() < r.minPrincipal()) {
                problems.add(lowers(path + ".minPrincipal", "achievements", ruleClause, r.minPrincipal(),
                        a.minPrincipal()));
            } else if (a.minPrincipal() > min || a.minPrincipal() > principals) {
                problems.add(problem(path + ".minPrincipal",
                        Refusal.of("overlay.minPrincipalAboveCount", a.minPrincipal(), Math.min(min, principals))));
            } else {
                minPrincipal = a.minPrincipal();
            }
        }
        if (min != r.min() || minPrincipal != r.minPrincipal()) {
            raisedIds.add("achievements");
        }
        return new AchievementRule(min, minPrincipal, items);
    }

    /** One achievement with its minimum raised, or the same achievement when nothing rises. */
    private Achievement raise(Achievement x, OverlayDescriptor.AchievementRaise r, String p, List<InputProblem> problems) {
        boolean yuan = x instanceof SalesAchievement;
        if (yuan ? r.min() != null || r.minYuan() == null : r.minYuan() != null || r.min() == null) {
            problems.add(problem(p, Refusal.of("overlay.wrongMinimum", x.id(), yuan ? "minYuan" : "min")));
            return x;
        }
        if (x instanceof SalesAchievement s) {
            int cmp = r.minYuan().compareTo(s.minYuan());
            if (cmp < 0) {
                problems.add(lowers(p + ".minYuan", s.id(), s.clause(), s.minYuan().toPlainString(),
                        r.minYuan().toPlainString()));
                return x;
            }
            return cmp == 0 ? x : new SalesAchievement(s.id(), named(s.name(), r.minYuan().toPlainString()),
                    new BigDecimal(r.minYuan().toPlainString()), s.withinYears(), cite(s.clause()), s.status(),
                    s.source());
        }
        long current = x instanceof WorksAchievement w ? w.min()
                : x instanceof FanAchievement f ? f.min() : ((ServiceHoursAchievement) x).min();
        long wanted = r.min();
        if (x instanceof WorksAchievement && wanted > 100) {
            problems.add(problem(p + ".min", Refusal.of("overlay.worksAbove", x.id(), wanted, 100)));
            return x;
        }
        if (x instanceof ServiceHoursAchievement && wanted > 1_000_000) {
            problems.add(problem(p + ".min", Refusal.of("overlay.worksAbove", x.id(), wanted, 1_000_000)));
            return x;
        }
        if (wanted < current) {
            problems.add(lowers(p + ".min", x.id(), x.clause(), current, wanted));
            return x;
        }
        if (wanted == current) {
            return x;
        }
        Text name = named(x.name(), Long.toString(wanted));
        if (x instanceof WorksAchievement w) {
            return new WorksAchievement(w.id(), name, w.kinds(), (int) wanted, w.principal(), w.window(),
                    cite(w.clause()), w.status(), w.source());
        }
        if (x instanceof FanAchievement f) {
            return new FanAchievement(f.id(), name, wanted, f.withinYears(), cite(f.clause()), f.status(), f.source());
        }
        ServiceHoursAchievement s = (ServiceHoursAchievement) x;
        return new ServiceHoursAchievement(s.id(), name, wanted, cite(s.clause()), s.status(), s.source());
    }

    private Text named(Text name, String minimum) {
        return new Text(name.zh() + "（" + citation() + "：不少于 " + minimum + "）",
                name.en() + " (association standard " + header().document() + ": at least " + minimum + ")");
    }

    private String cite(String clause) {
        return clause + "; " + citation();
    }

    private InputProblem lowers(String path, String criterion, String clause, Object current, Object given) {
        return problem(path, Refusal.of("overlay.lowers", criterion, clause, current, given));
    }

    private InputProblem problem(String path, Refusal refusal) {
        return new InputProblem(source, path, 0, 0, refusal);
    }

    private static int indexOf(List<EducationPath> paths, String id) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
