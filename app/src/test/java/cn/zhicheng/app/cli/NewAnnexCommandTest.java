package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code new-annex} writes the worked example of docs/annex-guide.md: {@code examples/annex-example} is its output
 * plus exactly the guide's second-version step, and the build compiles and tests that module with the conformance
 * kit, so neither the template nor the guide can rot. Built as a jar and dropped in, the example works; without it,
 * the application does not know the field.
 */
class NewAnnexCommandTest {

    static final Path EXAMPLE = Path.of("..", "examples", "annex-example");
    private static final String V1 = "zhicheng/annex/digital-twin.yaml";
    private static final String V2 = "zhicheng/annex/digital-twin-2027.yaml";

    @TempDir
    Path dir;

    private Run generate(Path target) {
        return Run.of("new-annex", target.toString(), "--id", "annex-digital-twin", "--field", "DIGITAL_TWIN",
                "--name-zh", "数字孪生", "--name-en", "Digital twin", "--annex", "附件14",
                "--package", "cn.zhicheng.annex.example", "--parent-pom", Path.of("..", "pom.xml").toString());
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve("target")))
                    .toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void theExampleModuleIsTheTemplatesOutputPlusTheGuidesSecondVersion() throws IOException {
        // written beside the example, so the parent pom's relative path comes out the same
        Path target = EXAMPLE.resolveSibling("annex-example-generated-" + ProcessHandle.current().pid());
        try {
            Run run = generate(target);
            assertEquals(0, run.exit(), run.err());
            Map<String, String> made = files(target);
            Map<String, String> example = files(EXAMPLE);
            String cases = "src/test/resources/cases/annex-digital-twin.yaml";
            String provider = "src/main/java/cn/zhicheng/annex/example/DigitalTwinAnnex.java";
            for (Map.Entry<String, String> f : made.entrySet()) {
                String theirs = example.get(f.getKey());
                if (f.getKey().equals(cases)) {
                    assertTrue(theirs.startsWith(f.getValue()), "the example's cases begin with the template's");
                } else if (f.getKey().equals(provider)) {
                    assertEquals(f.getValue().replace("List.of(\"" + V1 + "\")",
                            "List.of(\"" + V1 + "\", \"" + V2 + "\")"), theirs, provider);
                } else {
                    // the artifact is named after the folder
                    assertEquals(f.getValue().replace("<artifactId>" + target.getFileName() + "</artifactId>",
                            "<artifactId>annex-example</artifactId>"), theirs, f.getKey());
                }
            }
            assertEquals(List.of("src/main/resources/" + V2), example.keySet().stream()
                    .filter(k -> !made.containsKey(k)).toList(), "the guide adds only the second version");
        } finally {
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void theExampleDroppedInAsAJarIsFoundAndDecides() throws IOException {
        PluginJars jars = new PluginJars(dir);
        Path main = EXAMPLE.resolve("src/main");
        String provider = Files.readString(main.resolve("java/cn/zhicheng/annex/example/DigitalTwinAnnex.java"));
        jars.jar("annex-example.jar", "cn.zhicheng.annex.example.DigitalTwinAnnex\n",
                Map.of(V1, Files.readString(main.resolve("resources/" + V1)),
                        V2, Files.readString(main.resolve("resources/" + V2))),
                Map.of("cn.zhicheng.annex.example.DigitalTwinAnnex", provider));
        Run fields = Run.of("--plugins", jars.plugins().toString(), "--lang", "en", "fields");
        assertEquals(0, fields.exit(), fields.err());
        assertTrue(fields.out().contains("DIGITAL_TWIN") && fields.out().contains("1.0-p1 from 2021-10-20; 2.0-p1 from"
                + " 2027-01-01"), fields.out());
        Run check = Run.of("--plugins", jars.plugins().toString(), "--lang", "en", "check",
                CommandLineTest.EXAMPLE.toString(), "--field", "DIGITAL_TWIN", "--level", "INTERMEDIATE");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("annex-digital-twin 1.0-p1"), check.out());
    }

    @Test
    void theApplicationDoesNotLoadTheExampleByDefault() {
        Run run = Run.of("--lang", "en", "fields");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("DIGITAL_TWIN"), run.out());
    }

    @Test
    void unusableAnswersAreRefusedTogetherNamingEachOption() {
        Run run = Run.of("--lang", "en", "new-annex", dir.resolve("x").toString(), "--id", "Twin", "--field", "dt",
                "--name-zh", "数字:孪生", "--name-en", "Digital twin", "--annex", "14", "--package", "9x",
                "--parent-pom", Path.of("..", "pom.xml").toString());
        assertEquals(2, run.exit(), run.out());
        for (String option : List.of("--id Twin", "--field dt", "--name-zh 数字:孪生", "--annex 14", "--package 9x")) {
            assertTrue(run.err().contains(option + " is not usable"), run.err());
        }
        assertFalse(Files.exists(dir.resolve("x")), "nothing is written");
    }

    @Test
    void aFolderWithFilesIsNeverWrittenInto() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        Run run = Run.of("--lang", "en", "new-annex", dir.toString(), "--id", "annex-twin", "--field", "TWIN",
                "--name-zh", "孪生", "--name-en", "Twin", "--annex", "附件14", "--package", "cn.example.twin",
                "--parent-pom", Path.of("..", "pom.xml").toString());
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("already holds files"), run.err());
        assertEquals(List.of(dir.resolve("keep.txt")), Files.list(dir).toList());
    }
}
