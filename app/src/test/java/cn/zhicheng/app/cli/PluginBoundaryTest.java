package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin boundary (design.md: plugins see only the SPI): a jar that reaches into the engine, claims another
 * annex's field, overlaps its versions or is written for an unknown schema is refused with exit 2, naming the jar,
 * the file, the path and the reason; a plugin's own copy of a library is its own.
 */
class PluginBoundaryTest {

    private static final String DESCRIPTOR = "zhicheng/annex/demo.yaml";

    @TempDir
    Path dir;

    private PluginJars jars() {
        return new PluginJars(dir);
    }

    private Path plugin(String jarName, String yaml, String body, Map<String, String> more) throws IOException {
        Map<String, String> sources = new java.util.TreeMap<>(more);
        sources.put("demo.DemoAnnex", PluginJars.provider("DemoAnnex", DESCRIPTOR, body));
        jars().jar(jarName, "demo.DemoAnnex\n", Map.of(DESCRIPTOR, yaml), sources);
        return jars().plugins();
    }

    private static void assertRefused(Run run, String... expected) {
        assertEquals(2, run.exit(), run.out() + run.err());
        for (String e : expected) {
            assertTrue(run.err().contains(e), "missing '" + e + "' in:\n" + run.err());
        }
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace:\n" + run.err());
    }

    @Test
    void aPluginThatCompilesAgainstAnEngineClassIsRefusedNamingTheJarAndClassFile() throws IOException {
        Path plugins = plugin("touching-annex.jar", PluginJars.demoYaml(),
                "new cn.zhicheng.core.eligibility.Evaluator();", Map.of());
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "touching-annex.jar demo/DemoAnnex.class", "cn.zhicheng.core.eligibility.Evaluator",
                "不属于附件 SPI", "not part of the annex SPI", "cn.zhicheng.core.spi.AnnexProvider");
    }

    @Test
    void theSpiPackagesEngineClassesAreOutOfReachToo() throws IOException {
        // the loader lives beside AnnexProvider in one package; only AnnexProvider is the SPI
        Path plugins = plugin("loader-annex.jar", PluginJars.demoYaml(),
                "cn.zhicheng.core.spi.Annexes all = null;", Map.of("demo.Helper", """
                        package demo;
                        final class Helper {
                            static Object loader() { return cn.zhicheng.core.spi.AnnexLoader.class; }
                        }
                        """));
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "loader-annex.jar demo/Helper.class", "cn.zhicheng.core.spi.AnnexLoader");
    }

    @Test
    void anEngineClassAskedForByReflectionIsNotFound() throws IOException {
        // the name is put together at run time, so no class file mentions it: the class loader itself refuses
        Path plugins = plugin("reflective-annex.jar", PluginJars.demoYaml(), """
                String prefix = "cn.zhi";
                try {
                    Class.forName(prefix + "cheng.core.eligibility.Evaluator", true, getClass().getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e.getMessage());
                }
                """, Map.of());
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "reflective-annex.jar", "cn.zhicheng.core.eligibility.Evaluator is not part of the annex SPI");
    }

    @Test
    void aPluginsOwnCopyOfALibraryTheApplicationAlsoUsesIsItsOwn() throws IOException {
        // picocli is the application's; the plugin ships its own, different class of the same name
        Path plugins = plugin("bundling-annex.jar", PluginJars.demoYaml(), """
                if (!"the plugin's own".equals(picocli.CommandLine.origin())) {
                    throw new IllegalStateException("saw the application's picocli");
                }
                """, Map.of("picocli.CommandLine", """
                        package picocli;
                        public final class CommandLine {
                            public static String origin() { return "the plugin's own"; }
                        }
                        """));
        Run run = Run.of("--plugins", plugins.toString(), "--lang", "en", "fields");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("DEMO_AI"), run.out());
    }

    @Test
    void twoAnnexesClaimingOneFieldAreRefusedNamingBothFiles() throws IOException {
        Path plugins = plugin("claiming-annex.jar", PluginJars.demoYaml().replace("code: DEMO_AI", "code: AI"), "",
                Map.of());
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "claiming-annex.jar!/" + DESCRIPTOR, "fields.code", "AI", "annex-ai",
                "zhicheng/annex/ai.yaml");
    }

    @Test
    void aVersionOverlappingABuiltInOneIsRefusedNamingBothFiles() throws IOException {
        String later = PluginJars.demoYaml().replace("id: annex-demo", "id: annex-ai").replace("code: DEMO_AI",
                "code: AI").replace("version: 2021.10-p1", "version: 2026.01").replaceFirst("effectiveFrom: \\S+",
                "effectiveFrom: 2026-01-01");
        // a second, later version of annex-ai dropped in is the next version; one beginning on the same day overlaps
        Path plugins = plugin("gapped-annex.jar", later, "", Map.of());
        Run ok = Run.of("--plugins", plugins.toString(), "--lang", "en", "fields");
        assertEquals(0, ok.exit(), "a later version without an end on the first follows it: " + ok.err());
        Files.delete(plugins.resolve("gapped-annex.jar"));
        Path again = plugin("overlapping-annex.jar", later.replace("effectiveFrom: 2026-01-01",
                "effectiveFrom: 2021-10-20"), "", Map.of());
        Run run = Run.of("--plugins", again.toString(), "fields");
        assertRefused(run, "overlapping-annex.jar!/" + DESCRIPTOR, "annex.effectiveFrom", "annex-ai",
                "zhicheng/annex/ai.yaml");
    }

    @Test
    void aDescriptorForAnUnknownSchemaIsRefusedSayingWhatIsRead() throws IOException {
        Path plugins = plugin("future-annex.jar", PluginJars.demoYaml().replace("schema: \"1.0\"",
                "schema: \"2.0\"") + "grading: {curve: true}\n", "", Map.of());
        Run run = Run.of("--plugins", plugins.toString(), "fields");
        assertRefused(run, "future-annex.jar!/" + DESCRIPTOR, "schema", "2.0", "1.0–1.0", "不能读取主版本为 2 的模式");
        assertFalse(run.err().contains("grading"), "nothing else of a foreign schema is judged:\n" + run.err());
    }

    @Test
    void aJarWithNoProviderIsRefused() throws IOException {
        jars().jar("hollow.jar", "", Map.of(DESCRIPTOR, PluginJars.demoYaml()), Map.of());
        Run run = Run.of("--plugins", jars().plugins().toString(), "fields");
        assertRefused(run, "hollow.jar " + PluginJars.SERVICES, "registers no annex provider");
    }
}
