package cn.zhicheng.app.cli;

import cn.zhicheng.app.assembly.PluginFolder;
import cn.zhicheng.app.assembly.PolicyModule;
import cn.zhicheng.app.assembly.StartupTrace;
import cn.zhicheng.core.spi.DescriptorMemory;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The assembled engines, kept while the same annexes would be assembled again: same plugin jars (by name, size
 * and time), same active annexes, same clock. One process usually runs one command, but a test or an embedding
 * runs many, and loading and validating every annex for each of them is most of the work.
 */
final class Engines {

    private static final int KEPT = 8;

    /** What an engine is made from. */
    private record Recipe(PluginFolder plugins, List<String> jars, Set<String> annexes, Clock clock,
                          DescriptorMemory memory) {
    }

    private static final Map<Recipe, Injector> ENGINES = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Recipe, Injector> eldest) {
            return size() > KEPT;
        }
    };

    /** Where validated descriptors are recalled from: none, unless the program's entry point sets a cache. */
    private static volatile DescriptorMemory memory = DescriptorMemory.NONE;

    private Engines() {
    }

    /** Engines assembled from now on recall validated descriptors from this memory (the command line's cache). */
    static void remembering(DescriptorMemory descriptors) {
        memory = descriptors;
    }

    /** The engine over a plugin folder named with {@code --plugins} (it must exist), or the default one (null). */
    static Injector of(Path plugins, Set<String> annexes, Clock clock) {
        PluginFolder folder = plugins == null ? PluginFolder.byDefault()
                : PluginFolder.given(plugins.toAbsolutePath().normalize());
        DescriptorMemory descriptors = memory;
        Recipe recipe = new Recipe(folder, jars(folder.path()), Set.copyOf(annexes), clock, descriptors);
        synchronized (ENGINES) {
            Injector engine = ENGINES.get(recipe);
            if (engine == null) {
                StartupTrace.mark("engine asked for");
                PolicyModule policy = PolicyModule.load(clock, Zhicheng.class.getClassLoader(), folder, annexes,
                        descriptors);
                engine = Guice.createInjector(policy);
                StartupTrace.mark("injector created");
                ENGINES.put(recipe, engine);
            }
            return engine;
        }
    }

    /** The jars a plugin folder holds, each with its size and time, so a changed jar is a different recipe. */
    private static List<String> jars(Path plugins) {
        if (!Files.isDirectory(plugins)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(plugins)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().map(p -> {
                try {
                    return p.getFileName() + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
                } catch (IOException e) {
                    return p.getFileName() + ":?";
                }
            }).toList();
        } catch (IOException e) {
            return List.of("?");
        }
    }
}
