package cn.zhicheng.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.CriteriaShape;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.criteria.ShapeProblem;
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
 * across all levels, with green channels and refusals — come out as expected.
 */
public abstract class AnnexConformanceTest {

    public static final int MIN_CASES_PER_FIELD = 8;

    /** The 决定 D-11 channels a case states exactly; 五(二)1, 3 and 4 apply to every decision. */
    private static final Set<GreenChannel> DECISIVE = EnumSet.of(GreenChannel.DIRECT_INTERMEDIATE,
            GreenChannel.OUTSTANDING_TALENT, GreenChannel.TRAINING_REDUCES_YEARS);

    private static final StrictReader YAML = new StrictReader(BilingualValidator.create(Clock.systemUTC()));

    /** The annex under test. */
    protected abstract AnnexProvider provider();

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
            coverage(annexes, annexId, file);
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
        FieldCriteria criteria = annexes.field(c.field()).orElseThrow(() -> new AssertionError(
                "case " + c.name() + ": unknown field " + c.field()));
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
