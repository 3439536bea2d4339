package cn.zhicheng.app.assembly;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.spi.AnnexProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /** Opens and checks the jar; throws {@link InputRejected} with one problem naming it. */
    static PluginJar open(Path path) {
        byte[] services = null;
        try (JarFile jar = new JarFile(path.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                try (InputStream in = jar.getInputStream(entry)) {
                    // reading every entry inflates it, so damage inside the archive shows now, not mid-load
                    if (entry.getName().equals(SERVICES)) {
                        services = in.readAllBytes();
                    } else {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            throw refused(path, "", 0, new Text("不是可读取的 jar 文件（" + e.getMessage() + "）",
                    "not a readable jar file (" + e.getMessage() + ")"));
        }
        List<Registration> providers = services == null ? List.of() : registrations(services);
        if (providers.isEmpty()) {
            throw refused(path, SERVICES, 0, new Text("未登记任何附件模块（AnnexProvider），插件不提供任何内容",
                    "registers no annex provider (AnnexProvider): the plugin provides nothing"));
        }
        return new PluginJar(path, providers);
    }

    /** The line of the services file that registers a class, or 0 when it is not registered there. */
    int lineOf(String className) {
        return providers.stream().filter(r -> r.className().equals(className)).findFirst()
                .map(Registration::line).orElse(0);
    }

    static InputRejected refused(Path path, String at, int line, Text reason) {
        return new InputRejected(List.of(new InputProblem(path.toString(), at, line, reason)));
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
