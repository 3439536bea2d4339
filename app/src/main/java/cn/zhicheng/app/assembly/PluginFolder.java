package cn.zhicheng.app.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder of drop-in annex jars, added to the class path the annexes are found on. */
public record PluginFolder(Path path) {

    /** A class loader over the folder's jars (sorted by name), or the parent itself when there is no folder. */
    public ClassLoader classLoader(ClassLoader parent) {
        if (path == null || !Files.isDirectory(path)) {
            return parent;
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) {
                return parent;
            }
            URL[] urls = new URL[jars.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = jars.get(i).toUri().toURL();
            }
            return new URLClassLoader(urls, parent);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
