package cn.zhicheng.core.spi;

import java.util.List;

/**
 * What an annex module gives the platform, found with {@link java.util.ServiceLoader}: register the implementation
 * in {@code META-INF/services/cn.zhicheng.core.spi.AnnexProvider}.
 *
 * <p>Every method has a default, so the SPI can grow without breaking existing annexes; a provider overrides what
 * it provides. A provider that provides nothing is refused at start-up.
 *
 * <p>An annex document (one of 附件1–13) is a YAML descriptor on the provider's class path: its id, version, policy
 * document, effective dates and its fields' criteria. The schema is documented in the project README and enforced
 * by {@link AnnexLoader}; the conformance kit in core's test-jar checks a provider end to end.
 */
public interface AnnexProvider {

    /** Class-path resource names of the annex descriptors this module ships, e.g. {@code zhicheng/annex/ai.yaml}. */
    default List<String> descriptors() {
        return List.of();
    }

    /** The class loader the descriptors are read from; the provider's own by default. */
    default ClassLoader resourceLoader() {
        return getClass().getClassLoader();
    }
}
