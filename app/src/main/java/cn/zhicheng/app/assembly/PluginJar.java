package cn.zhicheng.app.assembly;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.spi.AnnexProvider;
import cn.zhicheng.core.spi.AnnexSpi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A drop-in jar, read whole before any class is loaded from it: a corrupt or unreadable jar is refused by name here
 * instead of surfacing later as a class-loading error, and a jar that registers no annex provider is refused too
 * (a plugin that provides nothing is a mistake, not a no-op).
 *
 * @param providers the provider class names its services file registers, with their line numbers
 */
record PluginJar(Path path, List<Registration> providers) {

    static final String SERVICES = "META-INF/services/" + AnnexProvider.class.getName();

    /** One line of the services file. */
    record Registration(String className, int line) {
    }

    PluginJar {
        providers = List.copyOf(providers);
    }

    /** The largest plugin jar read, its most entries, and the most any one entry may inflate to. */
    static final long LARGEST_JAR = 64L << 20;
    static final int MOST_ENTRIES = 10_000;
    static final long LARGEST_ENTRY = 16L << 20;

    /**
     * Opens and checks the jar: bounded in size, readable throughout, registering a provider, and touching nothing of
     * Zhicheng beyond the annex SPI. Throws {@link InputRejected} naming the jar (and the class file, for an engine
     * reference), one problem per offending class.
     */
    static PluginJar open(Path path) {
        byte[] services = null;
        List<InputProblem> touching = new ArrayList<>();
        try {
            long size = java.nio.file.Files.size(path);
            if (size > LARGEST_JAR) {
                throw refused(path, "", 0, Refusal.of("plugin.tooLarge", size, LARGEST_JAR));
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                List<JarEntry> entries = Collections.list(jar.entries());
                if (entries.size() > MOST_ENTRIES) {
                    throw refused(path, "", 0, Refusal.of("plugin.tooManyEntries", MOST_ENTRIES));
                }
                Set<String> own = new HashSet<>();
                Map<String, byte[]> classes = new TreeMap<>();
                for (JarEntry entry : entries) {
                    // reading every entry inflates it, so damage inside the archive shows now, not mid-load
                    byte[] content = read(path, jar, entry);
                    if (entry.getName().equals(SERVICES)) {
                        services = content;
                    } else if (entry.getName().endsWith(".class")) {
                        classes.put(entry.getName(), content);
                        own.add(className(entry.getName()));
                    }
                }
                classes.forEach((name, bytes) -> engineReferences(path, name, bytes, own).ifPresent(touching::add));
            }
        } catch (IOException | SecurityException e) {
            throw refused(path, "", 0, new Text("不是可读取的 jar 文件（" + e.getMessage() + "）",
                    "not a readable jar file (" + e.getMessage() + ")"));
        }
        if (!touching.isEmpty()) {
            throw new InputRejected(touching);
        }
        List<Registration> providers = services == null ? List.of() : registrations(services);
        if (providers.isEmpty()) {
            throw refused(path, SERVICES, 0, new Text("未登记任何附件模块（AnnexProvider），插件不提供任何内容",
                    "registers no annex provider (AnnexProvider): the plugin provides nothing"));
        }
        return new PluginJar(path, providers);
    }

    private static byte[] read(Path path, JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            byte[] content = in.readNBytes((int) LARGEST_ENTRY + 1);
            if (content.length > LARGEST_ENTRY) {
                throw refused(path, entry.getName(), 0, Refusal.of("plugin.entryTooLarge", entry.getName(),
                        LARGEST_ENTRY));
            }
            return content;
        }
    }

    /** The class file's references to the engine (any class of Zhicheng's outside the SPI and the jar itself). */
    private static Optional<InputProblem> engineReferences(Path path, String entry, byte[] bytes, Set<String> own) {
        List<String> engine = ClassFileReferences.of(bytes).orElse(Set.of()).stream()
                .filter(AnnexSpi::isEngine)
                .filter(name -> !own.contains(name) && own.stream().noneMatch(c -> c.startsWith(name + ".")))
                .toList();
        return engine.isEmpty() ? Optional.empty() : Optional.of(new InputProblem(path.toString(), entry, 0, 0,
                Refusal.of("plugin.engineClass", engine, AnnexSpi.CLASSES)));
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }

    /** The line of the services file that registers a class, or 0 when it is not registered there. */
    int lineOf(String className) {
        return providers.stream().filter(r -> r.className().equals(className)).findFirst()
                .map(Registration::line).orElse(0);
    }

    static InputRejected refused(Path path, String at, int line, Text reason) {
        return new InputRejected(List.of(new InputProblem(path.toString(), at, line, reason)));
    }

    static InputRejected refused(Path path, String at, int line, Refusal reason) {
        return new InputRejected(List.of(new InputProblem(path.toString(), at, line, 0, reason)));
    }

    /** The services-file format of {@link java.util.ServiceLoader}: one class name a line, {@code #} comments. */
    private static List<Registration> registrations(byte[] services) {
        List<Registration> out = new ArrayList<>();
        List<String> lines = new String(services, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int comment = line.indexOf('#');
            String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!name.isEmpty()) {
                out.add(new Registration(name, i + 1));
            }
        }
        return out;
    }
}
