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
import cn.zhicheng.core.ruleset.RuleBook;
import cn.zhicheng.core.spi.AnnexSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private static final String LATER = "2026.07-p1";

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theReviewDecidesUnderTheVersionInForceOnTheCutOff(TestStores.Kind kind) throws IOException {
        List<AnnexSource> withLater = new ArrayList<>(QualificationReviewTest.INSTALLED);
        withLater.add(LaterAiAnnex.raised(LATER, LocalDate.of(2026, 7, 1)));
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
            assertEquals(LaterAiAnnex.required(atCutOff), LaterAiAnnex.required(stored),
                    "the earlier threshold, not the raised one");
            assertArrayEquals(storedBytes, DecisionJson.bytes(laterBook.reproduce(stored,
                    QualificationReviewTest.DOSSIER).orElseThrow()), "reproduces under its pin with both loaded");
        }
    }
}
