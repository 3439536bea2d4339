package cn.zhicheng.app.impact;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.assembly.AnnexDiscovery;
import cn.zhicheng.app.assembly.PluginFolder;
import cn.zhicheng.app.batch.BatchDecider;
import cn.zhicheng.app.batch.BatchInput;
import cn.zhicheng.app.batch.FieldLookup;
import cn.zhicheng.app.batch.RawRecord;
import cn.zhicheng.app.batch.Verdicts;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.applicant.Masking;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.ruleset.VersionWindows;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.spi.AnnexLoader;
import cn.zhicheng.core.spi.AnnexSource;
import cn.zhicheng.core.spi.Annexes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The impact of a new version of an annex before it is adopted: every dossier is decided twice for a field, once
 * under the version in force on the evaluation date in the installation as it is, once under the new version pinned
 * explicitly, and the decisions are compared — verdict (ELIGIBLE, NOT_YET, INELIGIBLE), earliest date of
 * eligibility, and the outcome of every finding by its rule id. Dossiers are read as {@code batch} reads them, in
 * input order; a record that cannot be read is skipped and named.
 */
public final class ImpactAnalysis {

    /** A new annex version as parsed from its file: where it came from and the fields it declares. */
    public record Proposed(String origin, List<FieldCriteria> fields) {

        public Proposed {
            requireNonNull(origin, "origin is null");
            fields = List.copyOf(fields);
        }

        RuleSet ruleSet() {
            return fields.get(0).ruleSet();
        }
    }

    /**
     * The new versions in a folder of plugin jars, found exactly as {@code --plugins} finds drop-in annexes (a
     * broken jar is refused, naming it) and each descriptor read and validated as start-up reads it; the annexes on
     * the class path are the installation, not new versions, and are left out.
     */
    public static List<Proposed> fromPlugins(AnnexLoader loader, ClassLoader classPath, Path folder) {
        Set<String> installed = new LinkedHashSet<>();
        AnnexDiscovery.discover(classPath).forEach(s -> installed.add(s.origin()));
        List<Proposed> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (AnnexSource source : AnnexDiscovery.discover(classPath, PluginFolder.given(folder))) {
            if (installed.contains(source.origin())) {
                continue;
            }
            for (String resource : source.provider().descriptors()) {
                String name = folder.resolve(source.origin()) + "!/" + resource;
                try (InputStream in = source.provider().resourceLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        problems.add(new InputProblem(name, "", 0, 0, Refusal.of("annex.descriptorMissing")));
                        continue;
                    }
                    byte[] bytes = in.readNBytes(StrictReader.LARGEST_FILE + 1);
                    if (bytes.length > StrictReader.LARGEST_FILE) {
                        problems.add(new InputProblem(name, "", 0, 0,
                                Refusal.of("cli.file.tooLarge", StrictReader.LARGEST_FILE)));
                        continue;
                    }
                    out.add(new Proposed(name, loader.parse(name, bytes)));
                } catch (InputRejected e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    problems.add(new InputProblem(name, "", 0, 0, Refusal.of("cli.file.unreadable", name,
                            e.getMessage() == null ? "" : e.getMessage())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return out;
    }

    private final StrictReader reader;
    private final Evaluator evaluator;
    private final Decisions decisions;

    public ImpactAnalysis(StrictReader reader, Evaluator evaluator, Decisions decisions) {
        this.reader = requireNonNull(reader, "reader is null");
        this.evaluator = requireNonNull(evaluator, "evaluator is null");
        this.decisions = requireNonNull(decisions, "decisions is null");
    }

    /**
     * What is wrong with adding these versions to the installation: a version of an annex that is not installed, a
     * version number already installed, and windows that would overlap or leave a gap (as at start-up).
     */
    public static List<InputProblem> check(Annexes installed, List<Proposed> proposed) {
        List<InputProblem> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        installed.ruleSets().forEach(r -> ids.add(r.annexId()));
        List<VersionWindows.Version> versions = new ArrayList<>();
        for (RuleSet r : installed.ruleSets()) {
            versions.add(new VersionWindows.Version(r, installed.origin(r).orElse(r.annexId())));
        }
        for (Proposed p : proposed) {
            if (p.fields().isEmpty()) {
                continue;
            }
            RuleSet r = p.ruleSet();
            if (!ids.contains(r.annexId())) {
                problems.add(new InputProblem(p.origin(), "annex.id", 0, 0,
                        Refusal.of("impact.annexNotInstalled", r.annexId(), String.join(", ", ids))));
                continue;
            }
            versions.add(new VersionWindows.Version(r, p.origin()));
        }
        problems.addAll(VersionWindows.check(versions));
        return problems;
    }

    /** The new version of a field among those given, or the refusal naming why there is not exactly one. */
    public static FieldLookup.Found proposedFor(String field, List<Proposed> proposed) {
        List<FieldCriteria> found = proposed.stream().flatMap(p -> p.fields().stream())
                .filter(f -> f.field().code().equals(field)).toList();
        if (found.size() == 1) {
            return FieldLookup.Found.of(found.get(0));
        }
        String files = String.join(", ", proposed.stream().map(Proposed::origin).toList());
        return FieldLookup.Found.refused(found.isEmpty() ? Refusal.of("impact.fieldNotProposed", field, files)
                : Refusal.of("impact.fieldProposedTwice", field, files));
    }

    /**
     * Decides every record at every level asked under both versions and compares; each skipped record is handed to
     * {@code onSkipped} as it is met.
     */
    public Impact run(BatchInput input, FieldCriteria inForce, FieldCriteria proposed, List<Level> levels,
                      LocalDate asOf, LocalDate cutOff, Consumer<Impact.Skipped> onSkipped) {
        String field = inForce.field().code();
        List<BatchDecider[]> deciders = new ArrayList<>();
        for (Level level : levels) {
            BatchDecider.Ask ask = new BatchDecider.Ask(Optional.of(field), Optional.of(level), asOf, cutOff, true);
            deciders.add(new BatchDecider[] {
                new BatchDecider(reader, evaluator, decisions, only(field, inForce), ask),
                new BatchDecider(reader, evaluator, decisions, only(field, proposed), ask)});
        }
        Map<Level, long[]> counts = new LinkedHashMap<>();
        levels.forEach(l -> counts.put(l, new long[5]));
        List<Impact.Change> changes = new ArrayList<>();
        List<Impact.Skipped> skipped = new ArrayList<>();
        while (input.hasNext()) {
            RawRecord r = input.next();
            List<Impact.Change> found = new ArrayList<>();
            Impact.Skipped skip = null;
            List<Level> decidedAt = new ArrayList<>();
            for (BatchDecider[] pair : deciders) {
                Verdicts before = pair[0].decide(r);
                Verdicts after = pair[1].decide(r);
                if (before instanceof Verdicts.Skipped s) {
                    skip = new Impact.Skipped(r.where(), s.problems());
                    break;
                }
                if (after instanceof Verdicts.Skipped s) {
                    skip = new Impact.Skipped(r.where(), s.problems());
                    break;
                }
                Verdicts.Decided b = (Verdicts.Decided) before;
                Verdicts.Decided a = (Verdicts.Decided) after;
                decidedAt.add(b.level());
                compare(r, b, a).ifPresent(found::add);
            }
            if (skip != null) {
                skipped.add(skip);
                onSkipped.accept(skip);
                continue;
            }
            for (Level l : decidedAt) {
                counts.get(l)[0]++;
            }
            for (Impact.Change c : found) {
                counts.get(c.level())[2 + c.kind().ordinal()]++;
            }
            changes.addAll(found);
        }
        List<Impact.Tally> tallies = new ArrayList<>();
        counts.forEach((level, n) -> tallies.add(new Impact.Tally(level, n[0], n[0] - n[2] - n[3] - n[4], n[2], n[3],
                n[4])));
        return new Impact(field, asOf, cutOff, inForce.ruleSet(), proposed.ruleSet(), changes, tallies, skipped);
    }

    /** The change between two decisions of one record, empty when they come out the same. */
    static Optional<Impact.Change> compare(RawRecord r, Verdicts.Decided before, Verdicts.Decided after) {
        DecisionRecord b = before.decision();
        DecisionRecord a = after.decision();
        List<Impact.FindingChange> findings = findings(b.findings(), a.findings());
        boolean same = b.verdict() == a.verdict() && b.earliestEligible().equals(a.earliestEligible())
                && findings.isEmpty();
        if (same) {
            return Optional.empty();
        }
        Impact.Kind kind = b.verdict() != Verdict.ELIGIBLE && a.verdict() == Verdict.ELIGIBLE
                ? Impact.Kind.BECAME_ELIGIBLE
                : b.verdict() == Verdict.ELIGIBLE && a.verdict() != Verdict.ELIGIBLE
                        ? Impact.Kind.BECAME_NOT_ELIGIBLE : Impact.Kind.OTHER;
        return Optional.of(new Impact.Change(r.where(), before.applicant().identity().name(),
                Masking.middle(before.applicant().identity().idNumber(), 6, 4), before.level(), kind, b, a,
                findings));
    }

    /** The findings, by rule id in the order of the explanation, whose outcome differs or that one side lacks. */
    static List<Impact.FindingChange> findings(List<Finding> before, List<Finding> after) {
        Map<String, Finding> b = flat(before);
        Map<String, Finding> a = flat(after);
        Set<String> rules = new LinkedHashSet<>(b.keySet());
        rules.addAll(a.keySet());
        List<Impact.FindingChange> out = new ArrayList<>();
        for (String rule : rules) {
            Finding x = b.get(rule);
            Finding y = a.get(rule);
            if (x == null || y == null || x.outcome() != y.outcome()) {
                out.add(new Impact.FindingChange(rule, Optional.ofNullable(x), Optional.ofNullable(y)));
            }
        }
        return out;
    }

    private static Map<String, Finding> flat(List<Finding> findings) {
        Map<String, Finding> out = new LinkedHashMap<>();
        findings.stream().flatMap(Finding::flatten).forEach(f -> out.putIfAbsent(f.rule(), f));
        return out;
    }

    /** A lookup that knows one field only: a record naming another field is refused and skipped. */
    private static FieldLookup only(String field, FieldCriteria criteria) {
        return wanted -> Objects.equals(wanted.trim(), field) || wanted.trim().equals(criteria.field().name().zh())
                ? FieldLookup.Found.of(criteria)
                : FieldLookup.Found.refused(Refusal.of("impact.otherField", wanted, field));
    }
}
