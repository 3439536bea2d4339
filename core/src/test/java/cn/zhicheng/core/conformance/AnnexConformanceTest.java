package cn.zhicheng.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.CriteriaShape;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.criteria.ShapeProblem;
import cn.zhicheng.core.criteria.WorksAchievement;
import cn.zhicheng.core.ruleset.RuleBook;
import cn.zhicheng.core.eligibility.Decision;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.AnnexLoader;
import cn.zhicheng.core.scrutiny.CaseFile;
import cn.zhicheng.core.spi.AnnexProvider;
import cn.zhicheng.core.spi.AnnexSource;
import cn.zhicheng.core.spi.Annexes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance kit every annex module runs (like Trino's BaseConnectorTest): extend it, return your provider,
 * and put your cases in {@code src/test/resources/cases/<annex id>.yaml} (format: {@link CaseFile}).
 *
 * <p>It checks only what an annex author can get wrong while the loader still accepts the annex (what the loader
 * refuses — a criterion without its clause, a provisional one without its source, a missing version — is tested
 * once, in core's {@code AnnexLoaderTest}): that every level of every field can be reached, that the annex's own
 * YAML is refused when broken whatever its style, and that at least {@value #MIN_CASES_PER_FIELD} cases per field —
 * across all levels, with green channels and refusals — come out as expected, each against the version of its field
 * in force on its date, every dated version with a case of its own.
 *
 * <p>Optional behaviours ({@link AnnexBehavior}) are declared by overriding {@link #hasBehavior(AnnexBehavior)}; a
 * declaration the criteria contradict fails, and a declared behaviour's own checks run only when it is declared. What
 * each check means and how it fails is documented in {@code docs/annex-guide.md}.
 */
public abstract class AnnexConformanceTest {

    public static final int MIN_CASES_PER_FIELD = 8;

    /** The 决定 D-11 channels a case states exactly; 五(二)1, 3 and 4 apply to every decision. */
    private static final Set<GreenChannel> DECISIVE = EnumSet.of(GreenChannel.DIRECT_INTERMEDIATE,
            GreenChannel.OUTSTANDING_TALENT, GreenChannel.TRAINING_REDUCES_YEARS);

    private static final StrictReader YAML = new StrictReader(BilingualValidator.create(Clock.systemUTC()));

    /** The annex under test. */
    protected abstract AnnexProvider provider();

    /** Whether the annex has an optional behaviour; override to declare what differs from the defaults. */
    protected boolean hasBehavior(AnnexBehavior behavior) {
        return behavior.byDefault();
    }

    private Annexes load() {
        return new AnnexLoader(YAML).load(List.of(AnnexSource.of(provider())));
    }

    /**
     * The loader accepts a level without achievements, and a tightening that drops every education path of a level;
     * either leaves that level's title out of reach for everyone, which is an annex author's mistake.
     */
    @Test
    public void everyLevelOfEveryFieldIsCovered() {
        for (FieldCriteria f : load().fields()) {
            for (Level level : Level.awarded()) {
                LevelCriteria at = f.at(level);
                assertFalse(at.paths().isEmpty(), f.field().code() + " " + level + " has no education path left");
                assertTrue(at.achievements().isPresent(), f.field().code() + " " + level + " has no achievements");
            }
        }
    }

    /**
     * 决定 D-21, checked in the build rather than by a hand review: no level of any field of the annex is easier than
     * the level below it, and no senior level opens on one item. The report names field, level, criterion and clause.
     */
    @Test
    public void everyLevelIsAtLeastAsDemandingAsTheOneBelow() {
        StringBuilder report = new StringBuilder("决定 D-21 criteria shape / 条件层级检查\n");
        int problems = 0;
        for (FieldCriteria f : load().fields()) {
            List<ShapeProblem> found = CriteriaShape.check(f);
            problems += found.size();
            report.append(f.field().code()).append(' ').append(f.field().annex()).append(": ")
                    .append(found.isEmpty() ? "OK" : found.size() + " problem(s)").append('\n');
            for (ShapeProblem p : found) {
                Message m = new Message(p.key(), p.args());
                report.append("  ").append(Messages.render(m,
                                Messages.ZH)).append(" / ")
                        .append(Messages.render(m, Messages.EN))
                        .append('\n');
            }
        }
        System.out.println(report);
        assertEquals(0, problems, report.toString());
    }

    /**
     * The annex's own text, broken twice at once — an unknown key at the root and the first criterion's
     * {@code clause} key misspelt, wherever it is and in whichever YAML style ({@link BrokenYaml}) — is refused with
     * both mistakes and the missing clause, each naming the file and the line.
     */
    @Test
    public void brokenYamlIsRefusedWithEveryProblem() {
        AnnexProvider provider = provider();
        for (String resource : provider.descriptors()) {
            BrokenYaml broken = BrokenYaml.of(new String(bytes(provider.resourceLoader(), resource),
                    StandardCharsets.UTF_8));
            InputRejected e = assertThrows(InputRejected.class, () -> new AnnexLoader(YAML).parse(resource,
                    broken.text().getBytes(StandardCharsets.UTF_8)));
            List<String> paths = e.problems().stream().map(InputProblem::path).toList();
            assertTrue(paths.contains(BrokenYaml.UNKNOWN_KEY), "unknown root key not reported: " + paths);
            broken.misspeltClause().ifPresent(at -> {
                assertTrue(paths.contains(at + BrokenYaml.MISSPELT_CLAUSE), "misspelt key not reported: " + paths);
                assertTrue(paths.contains(at + "clause"), "missing clause not reported: " + paths);
            });
            assertTrue(e.problems().stream().allMatch(p -> p.source().equals(resource) && p.line() > 0),
                    "every problem names the file and line: " + e.getMessage());
        }
    }

    /**
     * Each declared behaviour is what the criteria do, and each behaviour the criteria have is declared: a claim
     * either way that the criteria contradict fails, naming the field and how to correct the claim.
     */
    @Test
    public void declaredBehavioursMatchTheCriteria() {
        List<String> wrong = new ArrayList<>();
        for (FieldCriteria f : load().versions()) {
            String at = f.field().code() + " (" + f.ruleSet().annexId() + " " + f.ruleSet().version() + ")";
            claim(wrong, AnnexBehavior.DIRECT_INTERMEDIATE, f.directIntermediate(), at,
                    "keeps 五(二)2 on", "switches 五(二)2 off (directIntermediate: false)");
            claim(wrong, AnnexBehavior.QUANTIFIED_RECORDS, quantified(f), at,
                    "asks for sales, fans or service hours", "asks for works only");
            claim(wrong, AnnexBehavior.OCCUPATIONS, !f.field().occupations().isEmpty(), at,
                    "lists occupations", "lists no occupations");
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private void claim(List<String> wrong, AnnexBehavior behavior, boolean has, String at, String yes, String no) {
        boolean declared = hasBehavior(behavior);
        if (declared && !has) {
            wrong.add("declares " + behavior + " but " + at + " " + no + ": return false for it from hasBehavior"
                    + " / 声明了 " + behavior + "，但条件并非如此");
        } else if (!declared && has) {
            wrong.add(at + " " + yes + " but " + behavior + " is not declared: return true for it from hasBehavior"
                    + " / 条件具有 " + behavior + "，但未声明");
        }
    }

    private static boolean quantified(FieldCriteria f) {
        return Level.awarded().stream().map(f::at).flatMap(l -> l.achievements().stream())
                .flatMap(r -> r.anyOf().stream()).anyMatch(a -> !(a instanceof WorksAchievement));
    }

    /** 五(二)2 declared: every field has a case that relies on it (决定 D-1, D-2). */
    @Test
    public void directIntermediateHasACasePerField() {
        assumeTrue(hasBehavior(AnnexBehavior.DIRECT_INTERMEDIATE), "the annex switches 五(二)2 off");
        everyFieldHasACase("relies on 五(二)2 (greenChannels: [DIRECT_INTERMEDIATE])", c -> c.expect() != null
                && c.expect().greenChannels() != null
                && c.expect().greenChannels().contains(GreenChannel.DIRECT_INTERMEDIATE));
    }

    /** Quantified records declared: every field has a case whose applicant brings one (决定 D-17). */
    @Test
    public void quantifiedRecordsHaveACasePerField() {
        assumeTrue(hasBehavior(AnnexBehavior.QUANTIFIED_RECORDS), "the annex asks for works only");
        everyFieldHasACase("brings a sales, fan or service record (works: [{sales|fans|service: ...}])",
                c -> c.applicant() != null && Stream.of("sales", "fans", "service")
                        .anyMatch(k -> c.applicant().path("works").findParent(k) != null));
    }

    /** Occupations declared: every field has a case that states the occupation finding (一(二)). */
    @Test
    public void occupationsHaveACasePerField() {
        assumeTrue(hasBehavior(AnnexBehavior.OCCUPATIONS), "the annex lists no occupations");
        everyFieldHasACase("states the scope.occupation finding", c -> c.expect() != null
                && c.expect().findings() != null && c.expect().findings().containsKey("scope.occupation"));
    }

    /** Every dated version of a field is exercised by a case dated inside its window (决定 D-11 rule book). */
    @Test
    public void everyDatedVersionHasACase() {
        Annexes annexes = load();
        List<String> missing = new ArrayList<>();
        for (FieldCriteria v : annexes.versions()) {
            String code = v.field().code();
            List<CaseFile.Case> cases = cases(annexes, v.ruleSet().annexId());
            if (cases.stream().noneMatch(c -> code.equals(c.field()) && c.asOf() != null
                    && annexes.ruleBook().inForce(code, c.asOf()) instanceof RuleBook.InForce in
                    && in.criteria().ruleSet().version().equals(v.ruleSet().version()))) {
                missing.add(code + " version " + v.ruleSet().version() + " (from " + v.ruleSet().effectiveFrom()
                        + ") has no case dated in its window / 该版本施行期内没有用例");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private void everyFieldHasACase(String what, java.util.function.Predicate<CaseFile.Case> test) {
        Annexes annexes = load();
        List<String> missing = new ArrayList<>();
        for (FieldCriteria f : annexes.fields()) {
            String code = f.field().code();
            if (cases(annexes, f.ruleSet().annexId()).stream().noneMatch(c -> code.equals(c.field()) && test.test(c))) {
                missing.add(code + ": no case " + what + " / 没有相应用例");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private List<CaseFile.Case> cases(Annexes annexes, String annexId) {
        return readCases(casesResource(annexId)).cases();
    }

    @TestFactory
    public Stream<DynamicTest> casesComeOutAsExpected() {
        Annexes annexes = load();
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FieldCriteria f : annexes.fields()) {
            String annexId = f.ruleSet().annexId();
            if (!seen.add(annexId)) {
                continue;
            }
            String resource = casesResource(annexId);
            CaseFile file = readCases(resource);
            tests.add(DynamicTest.dynamicTest("coverage of " + annexId + " / 用例覆盖", () -> coverage(annexes, annexId,
                    file)));
            for (CaseFile.Case c : file.cases()) {
                tests.add(DynamicTest.dynamicTest(c.field() + " " + c.level() + " " + c.name(),
                        () -> run(annexes, file, c)));
            }
        }
        return tests.stream();
    }

    private static void coverage(Annexes annexes, String annexId, CaseFile file) {
        for (FieldCriteria f : annexes.fields()) {
            if (!f.ruleSet().annexId().equals(annexId)) {
                continue;
            }
            String code = f.field().code();
            List<CaseFile.Case> mine = file.cases().stream().filter(c -> c.field().equals(code)).toList();
            assertTrue(mine.size() >= MIN_CASES_PER_FIELD,
                    code + " has " + mine.size() + " cases; at least " + MIN_CASES_PER_FIELD + " are required");
            Set<Level> levels = EnumSet.noneOf(Level.class);
            mine.forEach(c -> levels.add(c.level()));
            assertTrue(levels.containsAll(Level.awarded()), code + " cases cover only " + levels);
            assertTrue(mine.stream().anyMatch(c -> c.expect().greenChannels() != null
                    && !c.expect().greenChannels().isEmpty()), code + " has no green-channel case");
            assertTrue(mine.stream().anyMatch(c -> c.expect().verdict() == Verdict.INELIGIBLE),
                    code + " has no refusal case");
        }
    }

    private static void run(Annexes annexes, CaseFile file, CaseFile.Case c) {
        // the version of the field in force on the case's date, as the rule book picks it for a decision
        RuleBook.Lookup lookup = annexes.ruleBook().inForce(c.field(), c.asOf());
        if (!(lookup instanceof RuleBook.InForce inForce)) {
            throw new AssertionError("case " + c.name() + ": no version of " + c.field() + " is in force on "
                    + c.asOf() + ": " + lookup);
        }
        FieldCriteria criteria = inForce.criteria();
        ObjectNode merged = file.defaults().deepCopy();
        if (c.applicant() != null) {
            merge(merged, c.applicant());
        }
        StrictReader reader = new StrictReader(BilingualValidator.create(
                Clock.fixed(c.asOf().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"))));
        byte[] json;
        try {
            json = new ObjectMapper().writeValueAsBytes(merged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (c.expect().invalid() != null && !c.expect().invalid().isEmpty()) {
            InputRejected e = assertThrows(InputRejected.class,
                    () -> reader.read(c.name(), json, StrictReader.Syntax.JSON, ApplicantFile.class));
            List<String> paths = e.problems().stream().map(InputProblem::path).toList();
            assertTrue(paths.containsAll(c.expect().invalid()), "refused at " + paths);
            return;
        }
        ApplicantFile applicant = reader.read(c.name(), json, StrictReader.Syntax.JSON, ApplicantFile.class);
        Decision d = new Evaluator().evaluate(applicant, criteria, c.level(), c.asOf());
        String explain = explain(d);
        if (c.expect().verdict() != null) {
            assertEquals(c.expect().verdict(), d.verdict(), explain);
        }
        Set<GreenChannel> expected = c.expect().greenChannels() == null ? Set.of()
                : Set.copyOf(c.expect().greenChannels());
        Set<GreenChannel> actual = EnumSet.noneOf(GreenChannel.class);
        d.greenChannels().stream().filter(DECISIVE::contains).forEach(actual::add);
        assertEquals(expected, actual, "green channels\n" + explain);
        if (c.expect().findings() != null) {
            c.expect().findings().forEach((rule, outcome) -> assertEquals(outcome,
                    d.finding(rule).map(Finding::outcome).orElseGet(() -> fail("no finding " + rule + "\n" + explain)),
                    "finding " + rule + "\n" + explain));
        }
        if (c.expect().earliestEligible() != null) {
            assertEquals(c.expect().earliestEligible(), d.earliestEligible().orElse(null), explain);
        }
    }

    private static String explain(Decision d) {
        StringBuilder b = new StringBuilder(d.verdict() + " " + d.greenChannels() + "\n");
        d.findings().forEach(f -> f.flatten().forEach(x -> b.append("  ").append(x.rule()).append(' ')
                .append(x.outcome()).append(' ').append(Messages.render(
                        x.message(), Messages.EN)).append('\n')));
        return b.toString();
    }

    private static void merge(ObjectNode target, JsonNode overrides) {
        Iterator<Map.Entry<String, JsonNode>> it = overrides.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue().isObject()) {
                merge(o, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }

    /** Where an annex's cases are: {@code cases/<annex id>.yaml} on the test class path. */
    protected String casesResource(String annexId) {
        return "cases/" + annexId + ".yaml";
    }

    /** Reads the cases, and fails naming every case that cannot be run (no expectation, no field, ...). */
    private CaseFile readCases(String resource) {
        byte[] content = bytes(getClass().getClassLoader(), resource);
        CaseFile file = YAML.read(resource, content, StrictReader.Syntax.YAML, CaseFile.class);
        List<String> incomplete = file.incomplete();
        if (!incomplete.isEmpty()) {
            fail(resource + ": " + incomplete.size() + " case(s) cannot be run:\n  " + String.join("\n  ", incomplete));
        }
        return file;
    }

    private static byte[] bytes(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
