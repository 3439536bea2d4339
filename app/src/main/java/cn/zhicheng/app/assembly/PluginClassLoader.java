package cn.zhicheng.app.assembly;

import cn.zhicheng.core.spi.AnnexSpi;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * One class loader per drop-in jar. It sees the Java platform, the annex SPI ({@link AnnexSpi#CLASSES}) and its own
 * jar — nothing of the engine, the application's libraries, the built-in annexes or the other plugins (design.md:
 * plugin jars see only the SPI). So each provider, each resource and each failure belongs to exactly one jar, a
 * plugin's own copy of a library never meets the application's, and a plugin cannot read a built-in annex's
 * descriptor by sharing its resource name. The jar's classes were already checked for engine references when it
 * was opened ({@link PluginJar}); this refuses what a plugin asks for by reflection at run time.
 */
final class PluginClassLoader extends URLClassLoader {

    private final ClassLoader application;

    PluginClassLoader(Path jar, ClassLoader application) {
        super("plugin " + jar.getFileName(), new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
        this.application = application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (AnnexSpi.exports(name)) {
            return application.loadClass(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            if (AnnexSpi.isEngine(name)) {
                throw new ClassNotFoundException(name + " is not part of the annex SPI; a plugin may use only "
                        + AnnexSpi.CLASSES + " / " + name + " 不属于附件 SPI", e);
            }
            throw e;
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("a file path is always a URL: " + jar, e);
        }
    }
}
