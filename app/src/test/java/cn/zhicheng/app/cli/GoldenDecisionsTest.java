package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files, one pair per field: the decision records at every level (canonical JSON, as {@code highest --json}
 * prints them) and the explained decision at intermediate level (text, both languages), for one dossier as of
 * 2026-06-30. A change in how any field decides shows up here as a diff to review. After a deliberate change,
 * regenerate with {@code mvn -pl app -am verify -Dgolden.update=true} and review the diff.
 */
class GoldenDecisionsTest {

    static final List<String> FIELDS = List.of("AI", "IOT", "BIG_DATA", "CLOUD", "DIGITAL_MANAGEMENT",
            "SMART_MANUFACTURING", "INDUSTRIAL_INTERNET", "VIRTUAL_REALITY", "INTEGRATED_CIRCUIT", "BLOCKCHAIN",
            "TECHNOLOGY_BROKERAGE", "MARKETING", "SOCIAL_SERVICE");

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path dir;

    /** The example applicant, trained for the field, and for social service working in childcare. */
    static String dossier(String field) throws IOException {
        String yaml = Files.readString(CommandLineTest.EXAMPLE).replaceAll("(?m)^(\\s+field:) AI\\b", "$1 " + field);
        return field.equals("SOCIAL_SERVICE") ? yaml + "occupation: CHILDCARE\n" : yaml;
    }

    @TestFactory
    Stream<DynamicTest> everyFieldDecidesAsItsGoldenFiles() {
        return FIELDS.stream().map(field -> DynamicTest.dynamicTest(field, () -> {
            Path file = dir.resolve(field + ".yaml");
            Files.writeString(file, dossier(field), StandardCharsets.UTF_8);
            Run json = Run.of("highest", file.toString(), "--field", field, "--as-of", "2026-06-30", "--json");
            assertEquals(0, json.exit(), json.err());
            Run text = Run.of("check", file.toString(), "--field", field, "--level", "INTERMEDIATE",
                    "--as-of", "2026-06-30");
            assertEquals(0, text.exit(), text.err());
            compare(field + ".json", json.out().replace(file.toString(), "FILE"));
            compare(field + ".txt", text.out().replace(file.toString(), "FILE"));
        }));
    }

    private static void compare(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                name + " differs from its golden file; if the change is deliberate, regenerate with -Dgolden.update=true");
    }
}
