package cn.zhicheng.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.assembly.AnnexDiscovery;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.decision.DecisionJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.ruleset.RuleBook;
import cn.zhicheng.core.spi.AnnexLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A decision read back from its record renders exactly as it did when it was made, in every language. */
class DecisionTextTest {

    @Test
    void aRecordReadBackRendersIdentically() throws IOException {
        StrictReader reader = new StrictReader(BilingualValidator.create(
                Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))));
        ApplicantFile applicant = reader.read("applicant.yaml", Files.readAllBytes(Path.of("..", "examples",
                "applicant.yaml")), StrictReader.Syntax.YAML, ApplicantFile.class);
        Decisions decisions = new Decisions(new AnnexLoader(reader).load(
                AnnexDiscovery.discover(getClass().getClassLoader())), new Evaluator());
        for (String field : new String[] {"AI", "MARKETING", "SOCIAL_SERVICE"}) {
            for (LocalDate date : new LocalDate[] {LocalDate.of(2024, 2, 29), LocalDate.of(2026, 6, 30)}) {
                var criteria = ((RuleBook.InForce) decisions.criteria(field, date)).criteria();
                for (Level level : Level.awarded()) {
                    DecisionRecord made = decisions.decide(applicant, criteria, level, date);
                    DecisionRecord read = DecisionJson.read(DecisionJson.bytes(made));
                    for (Language language : Language.values()) {
                        String before = new DecisionText(language).render(made);
                        assertEquals(before, new DecisionText(language).render(read), field + " " + level);
                        assertTrue(before.contains(made.ruleSet().criteriaSha256().substring(0, 12)), before);
                    }
                }
            }
        }
    }
}
