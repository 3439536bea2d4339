package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds plugin jars the way an outside author would: compiled sources, a services file and resources. */
record PluginJars(Path dir) {

    static final String SERVICES = "META-INF/services/cn.zhicheng.core.spi.AnnexProvider";

    /** The folder the jars go into. */
    Path plugins() throws IOException {
        return Files.createDirectories(dir.resolve("plugins"));
    }

    /**
     * Compiles the sources (class name with package → source) against the test class path and writes their classes,
     * the services file and the resources into plugins/{jarName}.
     */
    Path jar(String jarName, String services, Map<String, String> resources, Map<String, String> sources)
            throws IOException {
        Path src = dir.resolve("src-" + jarName);
        Path out = Files.createDirectories(dir.resolve("classes-" + jarName));
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp",
                System.getProperty("java.class.path")));
        for (Map.Entry<String, String> c : sources.entrySet()) {
            Path file = src.resolve(c.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, c.getValue());
            args.add(file.toString());
        }
        if (!sources.isEmpty()) {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "javac");
        }
        Map<String, byte[]> entries = new TreeMap<>();
        try (var files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                entries.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        entries.put(SERVICES, services.getBytes(StandardCharsets.UTF_8));
        resources.forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
        Path jar = plugins().resolve(jarName);
        try (JarOutputStream stream = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                stream.putNextEntry(new JarEntry(e.getKey()));
                ((OutputStream) stream).write(e.getValue());
                stream.closeEntry();
            }
        }
        return jar;
    }

    /** A provider {@code demo.<name>} listing one descriptor, running {@code body} first in descriptors(). */
    static String provider(String name, String descriptor, String body) {
        return """
                package demo;
                public final class %s implements cn.zhicheng.core.spi.AnnexProvider {
                    @Override
                    public java.util.List<String> descriptors() {
                        %s
                        return java.util.List.of("%s");
                    }
                }
                """.formatted(name, body, descriptor);
    }

    /** annex-ai's descriptor made into another annex: its id, field code and criterion ids renamed. */
    static String demoYaml() throws IOException {
        return Files.readString(Path.of("..", "annex-ai", "src", "main", "resources", "zhicheng", "annex", "ai.yaml"))
                .replace("id: annex-ai", "id: annex-demo")
                .replace("code: AI", "code: DEMO_AI")
                .replaceAll("id: ai-", "id: demo-");
    }
}
