package cn.zhicheng.app.assembly;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.policy.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of drop-in annex jars. Named on the command line it must exist, so a mistyped {@code --plugins} is an
 * error rather than a field silently missing; the default {@code ./plugins} may be absent.
 *
 * @param required whether the folder was named explicitly
 */
public record PluginFolder(Path path, boolean required) {

    /** Where drop-in jars are looked for when no folder is named. */
    public static final Path DEFAULT = Path.of("plugins");

    public PluginFolder {
        requireNonNull(path, "path is null");
    }

    /** The folder the user named: it must exist and be a folder. */
    public static PluginFolder given(Path path) {
        return new PluginFolder(path, true);
    }

    /** {@code ./plugins}, used when present. */
    public static PluginFolder byDefault() {
        return new PluginFolder(DEFAULT, false);
    }

    /** The folder's jars, sorted by file name; none when the default folder is absent. */
    List<Path> jars() {
        if (!Files.isDirectory(path)) {
            if (!required) {
                return List.of();
            }
            throw refused(Files.exists(path)
                    ? new Text("插件目录“" + path + "”不是目录", "plugins folder '" + path + "' is not a folder")
                    : new Text("插件目录“" + path + "”不存在", "plugins folder '" + path + "' does not exist"));
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw refused(new Text("无法读取插件目录“" + path + "”：" + e.getMessage(),
                    "cannot read plugins folder '" + path + "': " + e.getMessage()));
        }
    }

    private InputRejected refused(Text reason) {
        return new InputRejected(List.of(new InputProblem("--plugins", path.toString(), 0, reason)));
    }
}
