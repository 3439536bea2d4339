package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Annex jars built outside the project and dropped into the plugins folder: a good one is found, validated and used;
 * a broken one — provider throwing, services file naming a missing or wrong class, corrupt archive — stops start-up
 * with exit 2 and a message naming the jar and the reason, never a stack trace.
 */
class PluginFolderTest {

    private static final String SERVICES = "META-INF/services/cn.zhicheng.core.spi.AnnexProvider";

    @TempDir
    Path dir;

    /** A provider class {@code demo.<name>} whose constructor and descriptors() run the given statements first. */
    private static String provider(String name, String inConstructor, String inDescriptors) {
        return """
                package demo;
                public final class %s implements cn.zhicheng.core.spi.AnnexProvider {
                    public %s() {
                        %s
                    }
                    @Override
                    public java.util.List<String> descriptors() {
                        %s
                        return java.util.List.of("zhicheng/annex/demo.yaml");
                    }
                }
                """.formatted(name, name, inConstructor, inDescriptors);
    }

    /** Compiles the classes and writes them, the services file and the demo descriptor into plugins/{jarName}. */
    private Path jar(String jarName, String services, String yaml, Map<String, String> classes) throws IOException {
        Path src = dir.resolve("src-" + jarName);
        Path out = dir.resolve("classes-" + jarName);
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path")));
        for (Map.Entry<String, String> c : classes.entrySet()) {
            Path file = src.resolve("demo/" + c.getKey() + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, c.getValue());
            args.add(file.toString());
        }
        if (!classes.isEmpty()) {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "javac");
        }
        Path plugins = dir.resolve("plugins");
        Files.createDirectories(plugins);
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve(jarName)))) {
            for (String name : classes.keySet()) {
                put(jar, "demo/" + name + ".class", Files.readAllBytes(out.resolve("demo/" + name + ".class")));
            }
            put(jar, SERVICES, services.getBytes(StandardCharsets.UTF_8));
            put(jar, "zhicheng/annex/demo.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        }
        return plugins;
    }

    private Path demoJar(String yaml) throws IOException {
        return jar("demo-annex.jar", "demo.DemoAnnex\n", yaml, Map.of("DemoAnnex", provider("DemoAnnex", "", "")));
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

    /** Exit 2, each expected text on stderr, and nothing that looks like a stack trace. */
    private static void assertRefused(Run run, String... expected) {
        assertEquals(2, run.exit(), run.out() + run.err());
        for (String e : expected) {
            assertTrue(run.err().contains(e), "missing '" + e + "' in:\n" + run.err());
        }
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace:\n" + run.err());
    }

    /** The stderr lines that name a jar. */
    private static List<String> linesNaming(Run run, String jar) {
        return run.err().lines().filter(l -> l.contains(jar)).toList();
    }

    @Test
    void aDroppedInAnnexIsFoundAndUsed() throws IOException {
        Path plugins = demoJar(demoYaml());
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
        Path plugins = demoJar(demoYaml().replace("min: 2", "min: -2").replace("      SENIOR:", "      SENIOUR:"));
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertEquals(2, run.exit(), run.out());
        List<String> lines = run.err().lines().filter(l -> l.contains("demo-annex.jar!/zhicheng/annex/demo.yaml"))
                .toList();
        assertTrue(lines.size() >= 2, "every problem names the jar and file:\n" + run.err());
        assertTrue(run.err().contains("SENIOUR"), run.err());
    }

    @Test
    void aProviderWhoseConstructorThrowsStopsStartUpNamingTheJarAndTheReason() throws IOException {
        Path plugins = jar("throwing-annex.jar", "# the demo annex\ndemo.Throwing\n", demoYaml(), Map.of("Throwing",
                provider("Throwing", "if (true) throw new IllegalStateException(\"licence expired\");", "")));
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "throwing-annex.jar:2 " + SERVICES, "demo.Throwing", "licence expired",
                "创建时出错", "failed when created");
    }

    @Test
    void aProviderWhoseDescriptorsThrowAnErrorStopsStartUpWithoutAStackTrace() throws IOException {
        Path plugins = jar("erring-annex.jar", "demo.Erring\n", demoYaml(), Map.of("Erring",
                provider("Erring", "", "if (true) throw new AssertionError(\"descriptor list not ready\");")));
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "erring-annex.jar", "demo.Erring", "descriptor list not ready", "failed listing");
    }

    @Test
    void aServicesFileNamingAMissingClassStopsStartUpNamingTheJarAndTheClass() throws IOException {
        Path plugins = jar("missing-class.jar", "demo.NotThere\n", demoYaml(), Map.of());
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "missing-class.jar:1 " + SERVICES, "demo.NotThere", "不存在", "does not exist");
    }

    @Test
    void aServicesFileNamingAClassThatIsNoProviderStopsStartUp() throws IOException {
        Path plugins = jar("wrong-class.jar", "demo.Plain\n", demoYaml(),
                Map.of("Plain", "package demo;\npublic final class Plain { }\n"));
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "wrong-class.jar:1 " + SERVICES, "demo.Plain", "does not implement AnnexProvider");
    }

    @Test
    void aJarThatRegistersNoProviderIsRefusedRatherThanIgnored() throws IOException {
        Path plugins = jar("empty-annex.jar", "# nothing registered yet\n", demoYaml(), Map.of());
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "empty-annex.jar", "registers no annex provider");
    }

    @Test
    void aProviderThatListsNoDescriptorIsRefusedNamingTheJar() throws IOException {
        Path plugins = jar("hollow-annex.jar", "demo.Hollow\n", demoYaml(), Map.of("Hollow", """
                package demo;
                public final class Hollow implements cn.zhicheng.core.spi.AnnexProvider { }
                """));
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "hollow-annex.jar:1 " + SERVICES, "demo.Hollow", "未提供任何描述文件",
                "provides no descriptor");
    }

    @Test
    void aCorruptJarStopsStartUpNamingTheJar() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.writeString(plugins.resolve("corrupt-annex.jar"), "this is not a zip archive");
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "corrupt-annex.jar", "不是可读取的 jar 文件", "not a readable jar file");
    }

    @Test
    void everyBrokenJarIsReportedTogetherOncePerJar() throws IOException {
        jar("missing-class.jar", "demo.NotThere\n", demoYaml(), Map.of());
        jar("throwing-annex.jar", "demo.Throwing\n", demoYaml(), Map.of("Throwing",
                provider("Throwing", "if (true) throw new IllegalStateException(\"licence expired\");", "")));
        Path plugins = demoJar(demoYaml());
        Files.writeString(plugins.resolve("corrupt-annex.jar"), "PK but no more");
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "共 3 处问题");
        for (String jar : List.of("missing-class.jar", "throwing-annex.jar", "corrupt-annex.jar")) {
            assertEquals(1, linesNaming(run, jar).size(), jar + " once:\n" + run.err());
        }
        assertTrue(linesNaming(run, "demo-annex.jar").isEmpty(), "the good jar is not blamed:\n" + run.err());
    }

    @Test
    void aPluginSeesOnlyTheSpiNotTheApplicationOrTheBuiltInAnnexes() throws IOException {
        // registering a built-in annex's class from a plugin jar does not reach into the application
        Path plugins = jar("borrowing-annex.jar", "cn.zhicheng.annex.ai.ArtificialIntelligenceAnnex\n", demoYaml(),
                Map.of());
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "borrowing-annex.jar:1", "cn.zhicheng.annex.ai.ArtificialIntelligenceAnnex",
                "does not exist");
    }

    @Test
    void aPluginsFolderThatDoesNotExistIsAnError() {
        Path missing = dir.resolve("no-such-folder");
        Run run = Run.of("--plugins", missing.toString(), "fields");
        assertRefused(run, "--plugins " + missing, "不存在", "does not exist");
    }

    @Test
    void aPluginsFolderThatIsAFileIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("plugins.txt"), "not a folder");
        Run run = Run.of("--plugins", file.toString(), "fields");
        assertRefused(run, "--plugins " + file, "is not a folder");
    }

    @Test
    void withoutPluginsTheAbsentDefaultFolderIsNotMentioned() {
        Run run = Run.of("fields");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
    }
}
