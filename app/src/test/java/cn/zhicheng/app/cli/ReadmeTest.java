package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The applicant file the README shows is a file the command line reads and decides, so the README cannot rot. */
class ReadmeTest {

    @TempDir
    Path dir;

    @Test
    void theReadmesApplicantFileIsReadAndDecided() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## The applicant file");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        Path file = dir.resolve("readme-applicant.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        Run run = Run.of("--lang", "en", "check", file.toString(), "--field", "AI", "--level", "INTERMEDIATE",
                "--as-of", "2026-06-30");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Verdict: eligible"), run.out());
    }
}
