package cn.zhicheng.app.assembly;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.spi.AnnexProvider;
import cn.zhicheng.core.spi.AnnexSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds annex providers with {@link ServiceLoader}: the built-in annexes on the application's class path, then each
 * drop-in jar in its own {@link PluginClassLoader}. A provider that cannot be found, loaded, created or asked for its
 * descriptors refuses its jar with the reason — never a raw {@link ServiceConfigurationError}, never a field that
 * silently vanishes — and every broken jar is reported together, one problem per jar.
 */
public final class AnnexDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(AnnexDiscovery.class);

    /** Where a class-path failure is reported: it cannot be pinned to one jar. */
    private static final String CLASS_PATH = "类路径 class path";

    private AnnexDiscovery() {
    }

    /** The annexes on the class path only. */
    public static List<AnnexSource> discover(ClassLoader classPath) {
        return discover(classPath, List.of());
    }

    /** The annexes on the class path and in the plugins folder; throws {@link InputRejected} naming every broken jar. */
    public static List<AnnexSource> discover(ClassLoader classPath, PluginFolder folder) {
        return discover(classPath, folder.jars());
    }

    private static List<AnnexSource> discover(ClassLoader classPath, List<Path> jars) {
        List<InputProblem> problems = new ArrayList<>();
        List<AnnexSource> sources = new ArrayList<>();
        try {
            sources.addAll(providers(classPath, p -> AnnexSource.of(p).origin(), CLASS_PATH, name -> 0));
        } catch (InputRejected e) {
            problems.addAll(e.problems());
        }
        for (Path path : jars) {
            try {
                PluginJar jar = PluginJar.open(path);
                String origin = String.valueOf(path.getFileName());
                PluginClassLoader loader = new PluginClassLoader(path, classPath);
                try {
                    sources.addAll(providers(loader, p -> origin, path.toString(), jar::lineOf));
                } catch (InputRejected e) {
                    close(loader);
                    throw e;
                }
            } catch (InputRejected e) {
                LOG.info("plugin {} refused: {}", path, e.getMessage());
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return List.copyOf(sources);
    }

    /**
     * Every provider a loader registers, asked once for its descriptors so that a provider which throws or provides
     * nothing is refused here, by name, rather than in the middle of loading. Stops at the first failure: after one,
     * ServiceLoader only promises a best effort, and one problem per jar is what its author needs.
     */
    private static List<AnnexSource> providers(ClassLoader loader, Function<AnnexProvider, String> origin,
                                               String where, ToIntFunction<String> lineOf) {
        List<AnnexSource> found = new ArrayList<>();
        Iterator<AnnexProvider> it = ServiceLoader.load(AnnexProvider.class, loader).iterator();
        try {
            while (it.hasNext()) {
                AnnexProvider provider = it.next();
                String name = provider.getClass().getName();
                int line = lineOf.applyAsInt(name);
                Answered answered = answered(provider, where, line);
                if (answered.descriptors().isEmpty()) {
                    throw BrokenPlugin.refused(where, line, new Text("附件模块 " + name + " 未提供任何描述文件",
                            "annex provider " + name + " provides no descriptor"));
                }
                String from = origin.apply(provider);
                LOG.info("annex provider {} from {}: descriptors {}", name, from, answered.descriptors());
                found.add(new AnnexSource(from, answered));
            }
        } catch (ServiceConfigurationError e) {
            throw BrokenPlugin.misconfigured(where, e, lineOf);
        } catch (LinkageError e) {
            // a provider class that exists but cannot be linked (a missing superclass, a newer class-file version)
            throw BrokenPlugin.refused(where, 0, new Text("附件模块的类无法加载：" + BrokenPlugin.reason(e),
                    "an annex provider class cannot be loaded: " + BrokenPlugin.reason(e)));
        }
        return found;
    }

    private static void close(PluginClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // the jar is refused already; a failure to release it changes nothing the user can act on
            LOG.info("could not close {}: {}", loader.getName(), e.getMessage());
        }
    }

    /**
     * A provider's answers, asked once here, under guard: plugin code is not called again after discovery, so
     * nothing it throws can surface later as a stack trace.
     */
    private record Answered(List<String> descriptors, ClassLoader resourceLoader) implements AnnexProvider {
    }

    private static Answered answered(AnnexProvider provider, String where, int line) {
        try {
            return new Answered(List.copyOf(provider.descriptors()), provider.resourceLoader());
        } catch (RuntimeException | Error e) {
            // plugin code: whatever it throws, even an Error, refuses its jar instead of ending the program
            String name = provider.getClass().getName();
            throw BrokenPlugin.refused(where, line, new Text(
                    "附件模块 " + name + " 列出描述文件时出错：" + BrokenPlugin.reason(e),
                    "annex provider " + name + " failed listing its descriptors: " + BrokenPlugin.reason(e)));
        }
    }
}
