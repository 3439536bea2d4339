package cn.zhicheng.core.spi;

import static java.util.Objects.requireNonNull;

/**
 * A provider as it was found: the provider and where it came from (its jar or class folder), so every problem can
 * name the jar, the file and the YAML path.
 */
public record AnnexSource(String origin, AnnexProvider provider) {

    public AnnexSource {
        requireNonNull(origin, "origin is null");
        requireNonNull(provider, "provider is null");
    }

    /** Where the provider's class was loaded from, by its jar's file name. */
    public static AnnexSource of(AnnexProvider provider) {
        String origin;
        try {
            var location = provider.getClass().getProtectionDomain().getCodeSource().getLocation().getPath();
            String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
            origin = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        } catch (RuntimeException e) {
            origin = provider.getClass().getName();
        }
        return new AnnexSource(origin, provider);
    }
}
