package cn.zhicheng.core.spi;

import java.util.List;

/**
 * The surface an annex plugin compiles against and sees at run time: {@link AnnexProvider} and nothing else of
 * Zhicheng (the way Trino exposes only its SPI packages to plugins). Everything an annex says beyond naming its
 * descriptors it says in YAML, under a versioned schema ({@link SchemaVersion}), so the engine can change inside
 * without breaking a plugin. The rest of this package (the loader, the descriptor records) is the engine's.
 */
public final class AnnexSpi {

    /** The classes a plugin may use, by name. */
    public static final List<String> CLASSES = List.of(AnnexProvider.class.getName());

    private static final String PROJECT = "cn.zhicheng.";

    private AnnexSpi() {
    }

    /** Whether a plugin may use this class of Zhicheng's. */
    public static boolean exports(String className) {
        return CLASSES.contains(className);
    }

    /** Whether the class belongs to Zhicheng but not to the annex SPI: a plugin touching it is refused. */
    public static boolean isEngine(String className) {
        return className.startsWith(PROJECT) && !exports(className);
    }
}
