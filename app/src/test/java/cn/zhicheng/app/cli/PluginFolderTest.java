package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An annex jar built outside the project and dropped into the plugins folder is found, validated and used. */
class PluginFolderTest {

    @TempDir
    Path dir;

    private Path buildJar(String yaml) throws IOException {
        Path src = dir.resolve("src/demo/DemoAnnex.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package demo;
                public final class DemoAnnex implements cn.zhicheng.core.spi.AnnexProvider {
                    @Override
                    public java.util.List<String> descriptors() {
                        return java.util.List.of("zhicheng/annex/demo.yaml");
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertEquals(0, rc, "javac");
        Path plugins = dir.resolve("plugins");
        Files.createDirectories(plugins);
        Path jar = plugins.resolve("demo-annex.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "demo/DemoAnnex.class", Files.readAllBytes(classes.resolve("demo/DemoAnnex.class")));
            put(out, "META-INF/services/cn.zhicheng.core.spi.AnnexProvider",
                    "demo.DemoAnnex\n".getBytes(StandardCharsets.UTF_8));
            put(out, "zhicheng/annex/demo.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        }
        return plugins;
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        ((OutputStream) out).write(content);
        out.closeEntry();
    }

    private static String demoYaml() throws IOException {
        return Files.readString(Path.of("..", "annex-ai", "src", "main", "resources", "zhicheng", "annex", "ai.yaml"))
                .replace("id: annex-ai", "id: annex-demo")
                .replace("code: AI", "code: DEMO_AI")
                .replaceAll("id: ai-", "id: demo-");
    }

    @Test
    void aDroppedInAnnexIsFoundAndUsed() throws IOException {
        Path plugins = buildJar(demoYaml());
        Run run = Run.of("--plugins", plugins.toString(), "--lang", "en", "fields");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("DEMO_AI"), run.out());
        assertTrue(run.out().contains("annex-demo"), run.out());
        Run check = Run.of("--plugins", plugins.toString(), "check", CommandLineTest.EXAMPLE.toString(),
                "--field", "DEMO_AI", "--level", "INTERMEDIATE");
        assertEquals(0, check.exit(), check.err());
    }

    @Test
    void aBrokenDroppedInAnnexStopsStartUpNamingTheJar() throws IOException {
        Path plugins = buildJar(demoYaml().replace("min: 2", "min: -2").replace("      SENIOR:", "      SENIOUR:"));
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertEquals(2, run.exit(), run.out());
        List<String> lines = run.err().lines().filter(l -> l.contains("demo-annex.jar!/zhicheng/annex/demo.yaml"))
                .toList();
        assertTrue(lines.size() >= 2, "every problem names the jar and file:\n" + run.err());
        assertTrue(run.err().contains("SENIOUR"), run.err());
    }
}
