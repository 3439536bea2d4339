package cn.zhicheng.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every descriptor declares the schema it is written for; one this build cannot read is refused saying what it reads. */
class SchemaVersionTest {

    private static final String DECLARED = "schema: \"1.0\"";

    private static List<InputProblem> problems(String yaml) {
        return assertThrows(InputRejected.class, () -> Fixtures.LOADER.parse("demo.jar!/demo.yaml",
                yaml.getBytes(StandardCharsets.UTF_8))).problems();
    }

    private static String minimal() {
        String yaml = Fixtures.minimal();
        assertTrue(yaml.contains(DECLARED), "the fixture declares its schema");
        return yaml;
    }

    @Test
    void theShippedFixtureDeclaresTheCurrentSchemaAndLoads() {
        assertEquals("TEST_FIELD", Fixtures.field(minimal()).field().code());
        assertEquals("1.0", SchemaVersion.CURRENT.toString());
    }

    @Test
    void anUnknownMajorVersionIsRefusedAloneNamingWhatIsSupported() {
        // the rest of the file is broken too (an unknown key), but under schema 2 that may be a valid key
        List<InputProblem> found = problems(minimal().replace(DECLARED, "schema: \"2.0\"") + "bogus: 1\n");
        assertEquals(1, found.size(), found.toString());
        InputProblem p = found.get(0);
        assertEquals("demo.jar!/demo.yaml", p.source());
        assertEquals("schema", p.path());
        assertTrue(p.line() > 0, "names the line");
        assertTrue(p.reason().en().contains("schema 2.0") && p.reason().en().contains("major version 2")
                && p.reason().en().contains("1.0–1.0"), p.reason().en());
        assertTrue(p.reason().zh().contains("不能读取主版本为 2 的模式"), p.reason().zh());
    }

    @Test
    void aNewerMinorVersionIsRefusedAskingForAnUpgrade() {
        InputProblem p = problems(minimal().replace(DECLARED, "schema: \"1.7\"")).get(0);
        assertTrue(p.reason().en().contains("newer than this installation reads"), p.reason().en());
    }

    @Test
    void aMissingSchemaIsReportedWithTheFilesOtherProblems() {
        List<InputProblem> found = problems(minimal().replace(DECLARED, "") + "bogus: 1\n");
        List<String> paths = found.stream().map(InputProblem::path).toList();
        assertTrue(paths.contains("schema") && paths.contains("bogus"), paths.toString());
        InputProblem missing = found.stream().filter(p -> p.path().equals("schema")).findFirst().orElseThrow();
        assertTrue(missing.reason().en().contains("add schema: \"1.0\""), missing.reason().en());
    }

    @Test
    void anUnquotedOrMalformedVersionIsRefusedShowingTheForm() {
        for (String written : List.of("schema: 1.0", "schema: \"one\"", "schema: \"1\"", "schema: \"01.0\"")) {
            InputProblem p = problems(minimal().replace(DECLARED, written)).stream()
                    .filter(q -> q.path().equals("schema")).findFirst().orElseThrow(() -> new AssertionError(written));
            assertTrue(p.reason().en().contains("MAJOR.MINOR"), written + ": " + p.reason().en());
        }
    }

    @Test
    void versionsParseOnlyInTheirOneForm() {
        assertEquals(Optional.of(new SchemaVersion(1, 0)), SchemaVersion.parse("1.0"));
        assertEquals(Optional.of(new SchemaVersion(12, 3)), SchemaVersion.parse("12.3"));
        assertFalse(SchemaVersion.parse("1.0.0").isPresent());
        assertFalse(SchemaVersion.parse(" 1.0").isPresent());
        assertTrue(new SchemaVersion(1, 0).readable());
        assertFalse(new SchemaVersion(1, 1).readable());
        assertFalse(new SchemaVersion(2, 0).knownMajor());
    }
}
