package cn.zhicheng.core.spi;

import java.util.Optional;

/**
 * What the loader remembers of descriptors it has read and validated cleanly, recalled by their exact bytes: a
 * descriptor recalled is the one those very bytes gave when they were read and validated by this same program, so
 * reading them again could only find the same value and no problem. A descriptor with any problem is never
 * remembered, so it is read, and refused, every time. Where the memory is kept (a cache folder) is the assembly's
 * business; it must recall nothing it cannot prove came from the same bytes and the same program.
 */
public interface DescriptorMemory {

    /** Remembers nothing: every descriptor is read and validated. */
    DescriptorMemory NONE = new DescriptorMemory() {
        @Override
        public <T> Optional<T> recall(Class<T> type, byte[] content) {
            return Optional.empty();
        }

        @Override
        public <T> void remember(Class<T> type, byte[] content, T value) {
            // nothing kept
        }
    };

    /** The value these bytes gave when read and validated cleanly as {@code type}, if it is remembered. */
    <T> Optional<T> recall(Class<T> type, byte[] content);

    /** Keeps a value read from these bytes and validated with no problem found. */
    <T> void remember(Class<T> type, byte[] content, T value);
}
