package cn.zhicheng.core.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {

    private static final FieldCriteria FIELD = Fixtures.minimalField();

    private static List<DecisionRecord> decisions() {
        ApplicantFile a = Dossiers.full();
        String digest = InputDigest.sha256(a);
        List<DecisionRecord> out = new ArrayList<>();
        for (Level level : Level.awarded()) {
            for (LocalDate date : List.of(LocalDate.of(2019, 3, 1), LocalDate.of(2023, 2, 28),
                    LocalDate.of(2026, 6, 30))) {
                out.add(DecisionRecord.of(new Evaluator().evaluate(a, FIELD, level, date), digest));
            }
        }
        return out;
    }

    private static List<Message> messages(DecisionRecord r) {
        List<Message> all = new ArrayList<>(r.missing());
        r.findings().stream().flatMap(Finding::flatten).forEach(f -> all.add(f.message()));
        r.score().lines().forEach(l -> all.add(l.message()));
        return all;
    }

    @Test
    void aRecordReadBackIsTheSameBytesAndRendersTheSame() {
        for (DecisionRecord record : decisions()) {
            byte[] bytes = DecisionJson.bytes(record);
            DecisionRecord back = DecisionJson.read(bytes);
            assertArrayEquals(bytes, DecisionJson.bytes(back), new String(bytes, StandardCharsets.UTF_8));
            List<Message> before = messages(record);
            List<Message> after = messages(back);
            assertEquals(before.size(), after.size());
            for (int i = 0; i < before.size(); i++) {
                assertEquals(Messages.both(before.get(i)), Messages.both(after.get(i)));
            }
            assertEquals(record.verdict(), back.verdict());
            assertEquals(record.earliestEligible(), back.earliestEligible());
            assertEquals(record.ruleSet(), back.ruleSet());
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        List<byte[]> first = decisions().stream().map(DecisionJson::bytes).toList();
        List<byte[]> second = decisions().stream().map(DecisionJson::bytes).toList();
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i));
        }
    }

    @Test
    void aRecordNamesItsSchemaEngineInputAndPin() {
        DecisionRecord r = decisions().get(0);
        String json = new String(DecisionJson.bytes(r), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"asOf\":"), json);
        assertTrue(json.contains("\"schema\":1") && json.contains("\"engine\":\"" + DecisionRecord.ENGINE + "\""));
        assertTrue(json.contains("\"inputSha256\":\"" + InputDigest.sha256(Dossiers.full()) + "\""));
        assertTrue(json.contains("\"criteriaSha256\":\"" + FIELD.ruleSet().criteriaSha256(Level.JUNIOR) + "\""));
        assertTrue(!json.contains("王晓雨") && !json.contains("220102199503152349"), "no personal data: " + json);
    }

    @Test
    void aForeignOrBrokenDocumentIsRefusedWithItsPath() {
        String json = new String(DecisionJson.bytes(decisions().get(0)), StandardCharsets.UTF_8);
        assertEquals("schema 2 is not supported (supported: 1)", assertThrows(IllegalArgumentException.class,
                () -> DecisionJson.read(json.replace("\"schema\":1", "\"schema\":2")
                        .getBytes(StandardCharsets.UTF_8))).getMessage());
        String noRule = json.replaceFirst("\"rule\":\"rule-set\"", "\"rul\":\"rule-set\"");
        assertEquals("findings[0].rule is missing", assertThrows(IllegalArgumentException.class,
                () -> DecisionJson.read(noRule.getBytes(StandardCharsets.UTF_8))).getMessage());
        String twice = json.replaceFirst("\\{\"asOf\"", "{\"verdict\":\"ELIGIBLE\",\"asOf\"");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DecisionJson.read(twice.getBytes(StandardCharsets.UTF_8))).getMessage().contains("verdict"),
                "a key given twice is refused: a signer and a verifier could read it two ways");
        assertTrue(Stream.of("{", "[]", "null").allMatch(bad -> {
            try {
                DecisionJson.read(bad.getBytes(StandardCharsets.UTF_8));
                return false;
            } catch (IllegalArgumentException expected) {
                return true;
            }
        }));
    }
}
