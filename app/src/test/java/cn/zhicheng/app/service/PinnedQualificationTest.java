package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.QualificationReviewTest.FRIDAY;
import static cn.zhicheng.app.service.QualificationReviewTest.REVIEWER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.decision.DecisionJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.ruleset.RuleBook;
import cn.zhicheng.core.spi.AnnexProvider;
import cn.zhicheng.core.spi.AnnexSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A later version of 附件1 comes into force after the round's cut-off (2026-06-30) and before the review (7 August):
 * from 2026-07-01 the intermediate "AI projects" achievement asks for one project more. The review still decides under
 * the version in force on the cut-off, and the stored decision names it.
 */
class PinnedQualificationTest {

    @TempDir
    Path temp;

    private static final String PROJECTS = "ai-intermediate-projects";
    private static final String LATER = "2026.07-p1";

    private static String v1() throws IOException {
        try (InputStream in = PinnedQualificationTest.class.getClassLoader()
                .getResourceAsStream("zhicheng/annex/ai.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The same annex as a version in force from 2026-07-01, its projects achievement raised by one. */
    private static String later(String v1) {
        Matcher m = Pattern.compile("(id: " + PROJECTS + "\\n(?:.*\\n)*?\\s+min: )(\\d+)").matcher(v1);
        assertTrue(m.find(), "the AI annex names " + PROJECTS);
        String raised = v1.substring(0, m.start()) + m.group(1) + (Integer.parseInt(m.group(2)) + 1)
                + v1.substring(m.end());
        return raised.replaceFirst("version: \\S+", "version: " + LATER)
                .replaceFirst("effectiveFrom: \\S+", "effectiveFrom: 2026-07-01");
    }

    private static AnnexSource inMemory(String name, String text) {
        return new AnnexSource("annex-ai-2026-07.jar", new AnnexProvider() {
            @Override
            public List<String> descriptors() {
                return List.of(name);
            }

            @Override
            public ClassLoader resourceLoader() {
                return new ClassLoader(null) {
                    @Override
                    public InputStream getResourceAsStream(String resource) {
                        return resource.equals(name)
                                ? new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) : null;
                    }
                };
            }
        });
    }

    private static long required(DecisionRecord r) {
        Finding projects = r.findings().stream().flatMap(Finding::flatten)
                .filter(f -> f.rule().equals("achievement." + PROJECTS)).findFirst().orElseThrow();
        return (Long) projects.facts().get("min");
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theReviewDecidesUnderTheVersionInForceOnTheCutOff(TestStores.Kind kind) throws IOException {
        List<AnnexSource> withLater = new ArrayList<>(QualificationReviewTest.INSTALLED);
        withLater.add(inMemory("zhicheng/annex/ai-2026-07.yaml", later(v1())));
        Decisions laterBook = QualificationReviewTest.decisions(withLater);
        RuleBook.InForce onReviewDay = assertInstanceOf(RuleBook.InForce.class,
                laterBook.criteria("AI", LocalDate.of(2026, 8, 7)));
        assertEquals(LATER, onReviewDay.criteria().ruleSet().version(), "the later version is in force on review day");

        QualificationReviewTest setUp = new QualificationReviewTest();
        setUp.temp = temp;
        try (Database db = setUp.underReview(kind, "a-1")) {
            QualificationResult result = QualificationReviewTest.review(db, FRIDAY, withLater)
                    .conclude("a-1", REVIEWER, QualificationReviewTest.allAccepted(), 15);
            assertInstanceOf(ActResult.Done.class, result.act(), result.act()::toString);
            byte[] storedBytes = QualificationReviewTest.reviews(db, "a-1").get(0).decisionJson()
                    .getBytes(StandardCharsets.UTF_8);
            DecisionRecord stored = DecisionJson.read(storedBytes);
            DecisionRecord atCutOff = QualificationReviewTest.decisionAtCutOff();
            assertEquals(atCutOff.ruleSet(), stored.ruleSet());
            assertTrue(!stored.ruleSet().version().equals(LATER), stored.ruleSet().version());
            assertEquals(required(atCutOff), required(stored), "the earlier threshold, not the raised one");
            assertArrayEquals(storedBytes, DecisionJson.bytes(laterBook.reproduce(stored,
                    QualificationReviewTest.DOSSIER).orElseThrow()), "reproduces under its pin with both loaded");
        }
    }
}
