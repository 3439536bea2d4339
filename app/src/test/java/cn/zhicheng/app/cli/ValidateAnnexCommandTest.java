package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate-annex over several files: one annex's versions are checked together, and the static checks run too. */
class ValidateAnnexCommandTest {

    private static final Path V1 = NewAnnexCommandTest.EXAMPLE.resolve(
            "src/main/resources/zhicheng/annex/digital-twin.yaml");
    private static final Path V2 = NewAnnexCommandTest.EXAMPLE.resolve(
            "src/main/resources/zhicheng/annex/digital-twin-2027.yaml");

    @TempDir
    Path dir;

    @Test
    void twoVersionsThatFollowEachOtherAreValidTogether() {
        Run run = Run.of("--lang", "en", "validate-annex", V1.toString(), V2.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("annex-digital-twin 1.0-p1") && run.out().contains("annex-digital-twin 2.0-p1"),
                run.out());
        assertTrue(run.out().contains("warning DIGITAL_TWIN Intermediate"), "the static checks' warnings are shown:\n"
                + run.out());
    }

    @Test
    void overlappingVersionsAreRefusedNamingBothFiles() throws IOException {
        Path early = Files.writeString(dir.resolve("digital-twin-2026.yaml"), Files.readString(V2)
                .replace("effectiveFrom: 2027-01-01", "effectiveFrom: 2021-10-20"));
        Run run = Run.of("--lang", "en", "validate-annex", V1.toString(), early.toString());
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains(early.toString()) && run.err().contains(V1.toString())
                && run.err().contains("overlaps"), run.err());
    }

    @Test
    void aDefectTheLoaderAcceptsIsRefusedByTheStaticChecks() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), Files.readString(V1).replaceFirst(
                "      ASSOCIATE_SENIOR:\n        achievements:\n          min: 2",
                "      ASSOCIATE_SENIOR:\n        achievements:\n          min: 1"));
        Run run = Run.of("--lang", "en", "validate-annex", bad.toString());
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.out().contains("defect DIGITAL_TWIN Associate senior [附件14]: DIGITAL_TWIN Associate senior: a"
                + " senior title needs at least 2 achievements"), run.out());
    }
}
