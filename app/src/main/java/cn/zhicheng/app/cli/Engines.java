package cn.zhicheng.app.cli;

import cn.zhicheng.app.assembly.PluginFolder;
import cn.zhicheng.app.assembly.PolicyModule;
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
    private record Recipe(PluginFolder plugins, List<String> jars, Set<String> annexes, Clock clock) {
    }

    private static final Map<Recipe, Injector> ENGINES = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Recipe, Injector> eldest) {
            return size() > KEPT;
        }
    };

    private Engines() {
    }

    /** The engine over a plugin folder named with {@code --plugins} (it must exist), or the default one (null). */
    static Injector of(Path plugins, Set<String> annexes, Clock clock) {
        PluginFolder folder = plugins == null ? PluginFolder.byDefault()
                : PluginFolder.given(plugins.toAbsolutePath().normalize());
        Recipe recipe = new Recipe(folder, jars(folder.path()), Set.copyOf(annexes), clock);
        synchronized (ENGINES) {
            Injector engine = ENGINES.get(recipe);
            if (engine == null) {
                engine = Guice.createInjector(PolicyModule.load(clock, Zhicheng.class.getClassLoader(), folder,
                        annexes));
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
