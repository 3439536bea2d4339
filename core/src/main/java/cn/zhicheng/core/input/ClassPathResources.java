package cn.zhicheng.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a named resource's bytes from the class loader it is given: the series baselines core ships and the annex
 * descriptors a provider names. Core reads nothing else it was not handed, and reads only here, in the input package
 * (the architecture test holds core to that).
 */
public final class ClassPathResources {

    private ClassPathResources() {
    }

    /** The resource's bytes, or empty when the loader has no such resource or it cannot be read. */
    public static Optional<byte[]> read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            // an unreadable resource is reported by the caller as "not found", naming the jar and the file
            return Optional.empty();
        }
    }
}
