package cn.zhicheng.core.spi;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the descriptor schema an annex is written for, {@code MAJOR.MINOR}, declared at the top of every
 * descriptor as {@code schema: "1.0"}. A minor version only adds optional keys; a major version may change what a
 * key means, so a descriptor for a major version this installation does not read is refused with the versions it
 * does read, before anything else in the file is judged.
 */
public record SchemaVersion(int major, int minor) implements Comparable<SchemaVersion> {

    /** The schema this build reads and writes. */
    public static final SchemaVersion CURRENT = new SchemaVersion(1, 0);

    /** Every major version this build reads, each up to the minor version given. */
    public static final List<SchemaVersion> SUPPORTED = List.of(CURRENT);

    private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");

    public SchemaVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("a schema version is two non-negative numbers: " + major + "." + minor);
        }
    }

    /** The version written as {@code MAJOR.MINOR}, or empty when it is not written that way. */
    public static Optional<SchemaVersion> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        return m.matches() ? Optional.of(new SchemaVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** Whether this build reads descriptors written for this version: a known major, no newer minor. */
    public boolean readable() {
        return SUPPORTED.stream().anyMatch(s -> s.major == major && minor <= s.minor);
    }

    /** Whether this build knows the major version at all. */
    public boolean knownMajor() {
        return SUPPORTED.stream().anyMatch(s -> s.major == major);
    }

    @Override
    public int compareTo(SchemaVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
