package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {

    @TempDir
    Path dir;

    private Path decision() throws IOException {
        Run check = Run.of("check", CommandLineTest.EXAMPLE.toString(), "--field", "AI", "--level", "INTERMEDIATE",
                "--as-of", "2026-06-30", "--json");
        assertEquals(0, check.exit(), check.err());
        Path file = dir.resolve("decision.json");
        Files.writeString(file, check.out(), StandardCharsets.UTF_8);
        return file;
    }

    private static void assertRefused(Run run, String expected) {
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void aStoredDecisionReproducesByteForByte() throws IOException {
        Run run = Run.of("--lang", "en", "reproduce", decision().toString(), CommandLineTest.EXAMPLE.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("reproduced byte for byte: annex-ai"), run.out());
    }

    @Test
    void theRoundsCutOffIsRecordedAndReproduced() throws IOException {
        Run check = Run.of("check", CommandLineTest.EXAMPLE.toString(), "--field", "MARKETING", "--level", "JUNIOR",
                "--as-of", "2026-06-30", "--cut-off", "2025-12-31", "--json");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("\"asOf\":\"2026-06-30\",\"cutOff\":\"2025-12-31\""), check.out());
        Path file = dir.resolve("decision.json");
        Files.writeString(file, check.out(), StandardCharsets.UTF_8);
        Run run = Run.of("reproduce", file.toString(), CommandLineTest.EXAMPLE.toString());
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void anotherApplicantFileIsNotTheDecisionsInput() throws IOException {
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, Files.readString(CommandLineTest.EXAMPLE).replace("王晓雨", "王晓云"));
        assertRefused(Run.of("reproduce", decision().toString(), other.toString()), "is not this decision's input");
    }

    @Test
    void aTamperedDecisionDoesNotReproduce() throws IOException {
        Path stored = decision();
        Files.writeString(stored, Files.readString(stored).replace("\"verdict\":\"ELIGIBLE\"",
                "\"verdict\":\"INELIGIBLE\""));
        assertRefused(Run.of("reproduce", stored.toString(), CommandLineTest.EXAMPLE.toString()),
                "does not reproduce");
    }

    @Test
    void aPinNoLoadedVersionHasIsNamed() throws IOException {
        Path stored = decision();
        Files.writeString(stored, Files.readString(stored).replaceFirst("\"criteriaSha256\":\"[0-9a-f]{64}\"",
                "\"criteriaSha256\":\"" + "0".repeat(64) + "\""));
        assertRefused(Run.of("reproduce", stored.toString(), CommandLineTest.EXAMPLE.toString()),
                "the pinned rule set is not loaded");
    }

    @Test
    void aBrokenDecisionRecordIsRefusedWithItsPath() throws IOException {
        Path stored = decision();
        Files.writeString(stored, Files.readString(stored).replace("\"asOf\":", "\"asof\":"));
        assertRefused(Run.of("reproduce", stored.toString(), CommandLineTest.EXAMPLE.toString()), "asOf is missing");
    }
}
