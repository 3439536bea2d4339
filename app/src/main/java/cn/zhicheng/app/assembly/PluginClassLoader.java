package cn.zhicheng.app.assembly;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * One class loader per drop-in jar. It sees the Java platform, the annex SPI ({@code cn.zhicheng.core.spi}) and its
 * own jar — nothing of the application, the built-in annexes or the other plugins (design.md: plugin jars see only
 * the SPI). So each provider, each resource and each failure belongs to exactly one jar, and a plugin cannot read a
 * built-in annex's descriptor by sharing its resource name.
 */
final class PluginClassLoader extends URLClassLoader {

    private static final String SPI = "cn.zhicheng.core.spi.";

    private final ClassLoader application;

    PluginClassLoader(Path jar, ClassLoader application) {
        super("plugin " + jar.getFileName(), new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
        this.application = application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI)) {
            return application.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("a file path is always a URL: " + jar, e);
        }
    }
}
