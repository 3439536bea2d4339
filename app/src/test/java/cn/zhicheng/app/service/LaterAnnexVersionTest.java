package cn.zhicheng.app.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.assembly.AnnexDiscovery;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.decision.DecisionJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.ruleset.RuleBook;
import cn.zhicheng.core.spi.AnnexLoader;
import cn.zhicheng.core.spi.AnnexSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 附件1 gets a second, later version: from 2027-01-01 the intermediate "AI projects" achievement asks for one project
 * more. A decision made before it still reproduces byte for byte under its pin, and a date from 2027 picks the new
 * version.
 */
class LaterAnnexVersionTest {

    private static final StrictReader READER = new StrictReader(BilingualValidator.create(
            Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))));
    private static final LocalDate BEFORE = LocalDate.of(2026, 6, 30);
    private static final LocalDate AFTER = LocalDate.of(2027, 6, 30);
    private static Decisions decisions(List<AnnexSource> sources) {
        return new Decisions(new AnnexLoader(READER).load(sources), new Evaluator());
    }

    private static FieldCriteria inForce(Decisions d, LocalDate date) {
        return ((RuleBook.InForce) d.criteria("AI", date)).criteria();
    }

    @Test
    void anOldDecisionReproducesAndANewDatePicksTheNewVersion() throws IOException {
        ApplicantFile applicant = READER.read("applicant.yaml", Files.readAllBytes(Path.of("..", "examples",
                "applicant.yaml")), StrictReader.Syntax.YAML, ApplicantFile.class);
        List<AnnexSource> installed = AnnexDiscovery.discover(getClass().getClassLoader());
        Decisions today = decisions(installed);
        DecisionRecord stored = today.decide(applicant, inForce(today, BEFORE), Level.INTERMEDIATE, BEFORE);
        byte[] storedBytes = DecisionJson.bytes(stored);

        List<AnnexSource> withLater = new ArrayList<>(installed);
        withLater.add(LaterAiAnnex.raised("2027.01-p1", LocalDate.of(2027, 1, 1)));
        Decisions later = decisions(withLater);

        // the old decision, asked again under its pin after the new version arrived: the same bytes
        assertArrayEquals(storedBytes, DecisionJson.bytes(later.reproduce(stored, applicant).orElseThrow()));
        // and asked on its own date without a pin, the rule book still picks the version in force then
        assertArrayEquals(storedBytes, DecisionJson.bytes(
                later.decide(applicant, inForce(later, BEFORE), Level.INTERMEDIATE, BEFORE)));

        FieldCriteria v2 = inForce(later, AFTER);
        assertEquals("2027.01-p1", v2.ruleSet().version());
        assertEquals("2021.10-p1", inForce(later, LocalDate.of(2026, 12, 31)).ruleSet().version());
        DecisionRecord fresh = later.decide(applicant, v2, Level.INTERMEDIATE, AFTER);
        assertEquals("2027.01-p1", fresh.ruleSet().version());
        assertNotEquals(stored.ruleSet().criteriaSha256(), fresh.ruleSet().criteriaSha256());
        assertEquals(LaterAiAnnex.required(stored) + 1, LaterAiAnnex.required(fresh));
    }
}
