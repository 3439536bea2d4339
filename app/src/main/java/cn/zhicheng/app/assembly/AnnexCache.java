package cn.zhicheng.app.assembly;

import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.spi.AnnexLoader;
import cn.zhicheng.core.spi.DescriptorMemory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annex descriptors (and series baselines) already read and validated, kept in a cache folder so that a later start
 * recalls them without parsing YAML or running Jakarta Validation again. An entry is found by the digest of
 * everything its value depends on: the exact descriptor bytes, the type read, and the program that read and
 * validated them ({@link ProgramFingerprint}). So a changed byte of a descriptor, or another build of the program,
 * looks for another entry and finds none: the descriptor is read, validated — and refused, if it is wrong — as if
 * there were no cache. An entry is never trusted beyond that: one that is too large, not what this program writes,
 * whose content does not match the digest it carries, or that the strict JSON reader refuses, is ignored; so is a
 * folder or file that someone else owns or may write. Nothing is ever an error: a cache that cannot be read or
 * written only makes the start slower.
 */
public final class AnnexCache implements DescriptorMemory {

    private static final Logger LOG = LoggerFactory.getLogger(AnnexCache.class);

    /** The folder used when none is named: {@code $XDG_CACHE_HOME/zhicheng}, else {@code ~/.cache/zhicheng}. */
    public static final String PROPERTY = "zhicheng.cache";
    /** {@code -Dzhicheng.cache=off} keeps no cache at all. */
    public static final String OFF = "off";

    /** What an entry starts with; another version of the format is another entry, never a misread one. */
    private static final byte[] MAGIC = "zhicheng validated descriptor 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST_HEX = 64;
    /** The largest entry read: twice the largest input read at all, room for its header and JSON's quoting. */
    static final int LARGEST_ENTRY = 2 * StrictReader.LARGEST_FILE;

    /** The code that reads and validates descriptors: core, Jackson, SnakeYAML and the validator, and this class. */
    private static final List<Class<?>> VALIDATING_CODE = List.of(AnnexLoader.class, ObjectMapper.class,
            YAMLFactory.class, org.hibernate.validator.HibernateValidator.class, AnnexCache.class);

    private final Path folder;
    private volatile byte[] program;

    private AnnexCache(Path folder, byte[] program) {
        this.folder = folder;
        this.program = program;
    }

    /** A cache in this folder, for the running program. */
    public static AnnexCache in(Path folder) {
        return new AnnexCache(folder.toAbsolutePath().normalize(), null);
    }

    /** A cache in this folder as if kept by a program with this fingerprint (for tests of another build). */
    static AnnexCache in(Path folder, byte[] program) {
        return new AnnexCache(folder.toAbsolutePath().normalize(), program.clone());
    }

    /**
     * The cache the command line uses: the folder named by {@code -Dzhicheng.cache}, else the user's cache folder;
     * none when the property says {@value #OFF} or no folder can be named.
     */
    public static DescriptorMemory standard() {
        String named = System.getProperty(PROPERTY, "");
        if (named.equalsIgnoreCase(OFF)) {
            return DescriptorMemory.NONE;
        }
        if (!named.isBlank()) {
            return in(Path.of(named));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return in(Path.of(xdg, "zhicheng"));
        }
        String home = System.getProperty("user.home", "");
        return home.isBlank() ? DescriptorMemory.NONE : in(Path.of(home, ".cache", "zhicheng"));
    }

    Path folder() {
        return folder;
    }

    @Override
    public <T> Optional<T> recall(Class<T> type, byte[] content) {
        byte[] key = key(type, content);
        Path file = file(key);
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !ours(folder) || !ours(file)) {
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes(LARGEST_ENTRY + 1);
            }
            Optional<byte[]> payload = payload(key, bytes);
            if (payload.isEmpty()) {
                LOG.info("cache entry {} ignored: not a sound entry for these bytes", file);
                return Optional.empty();
            }
            T value = StrictReader.recalled(payload.get(), type);
            LOG.info("{} recalled from cache entry {}", type.getSimpleName(), file.getFileName());
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            LOG.info("cache entry {} ignored: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public <T> void remember(Class<T> type, byte[] content, T value) {
        byte[] key = key(type, content);
        Path file = file(key);
        Path temporary = null;
        try {
            byte[] json = StrictReader.remembered(value);
            byte[] entry = entry(key, json);
            if (entry.length > LARGEST_ENTRY) {
                return;
            }
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rwx------")));
            if (!ours(folder)) {
                return;
            }
            // written whole beside the entry, then moved into place: a reader sees the old entry or the new, never half
            temporary = Files.createTempFile(folder, ".entry", ".tmp");
            Files.write(temporary, entry);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (IOException | RuntimeException e) {
            LOG.info("cache folder {} not written: {}", folder, e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.info("could not remove {}: {}", temporary, e.getMessage());
                }
            }
        }
    }

    /**
     * An entry: the format's name, the key it is the value of, the digest of key and value together, then the value.
     * The key inside binds the entry to its bytes, so an entry copied over another's name is not taken for it.
     */
    private static byte[] entry(byte[] key, byte[] json) {
        byte[] header = (HexFormat.of().formatHex(key) + "\n" + HexFormat.of().formatHex(seal(key, json)) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] entry = new byte[MAGIC.length + header.length + json.length];
        System.arraycopy(MAGIC, 0, entry, 0, MAGIC.length);
        System.arraycopy(header, 0, entry, MAGIC.length, header.length);
        System.arraycopy(json, 0, entry, MAGIC.length + header.length, json.length);
        return entry;
    }

    /** The entry's value when the entry is what this program writes for this key and its digest holds. */
    private static Optional<byte[]> payload(byte[] key, byte[] entry) {
        int start = MAGIC.length + 2 * (DIGEST_HEX + 1);
        if (entry.length > LARGEST_ENTRY || entry.length <= start
                || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        byte[] json = Arrays.copyOfRange(entry, start, entry.length);
        byte[] expected = entry(key, json);
        return MessageDigest.isEqual(Arrays.copyOf(expected, start), Arrays.copyOf(entry, start))
                ? Optional.of(json) : Optional.empty();
    }

    private static byte[] seal(byte[] key, byte[] json) {
        MessageDigest sha = ProgramFingerprint.sha256();
        sha.update(key);
        return sha.digest(json);
    }

    /** The key of a value: the digest of the program, the type and the exact bytes it was read from. */
    private byte[] key(Class<?> type, byte[] content) {
        MessageDigest sha = ProgramFingerprint.sha256();
        sha.update(program());
        sha.update(type.getName().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content);
        return sha.digest();
    }

    private Path file(byte[] key) {
        return folder.resolve(HexFormat.of().formatHex(key) + ".json");
    }

    private byte[] program() {
        byte[] p = program;
        if (p == null) {
            p = ProgramFingerprint.of(VALIDATING_CODE);
            program = p;
        }
        return p;
    }

    /**
     * The user this process runs as, as the file system names owners: the owner of {@code /proc/self} where there is
     * one (Linux), else the user named by {@code user.name}.
     */
    private static java.nio.file.attribute.UserPrincipal user(Path anywhere) throws IOException {
        Path self = Path.of("/proc/self");
        if (Files.exists(self)) {
            return Files.getOwner(self);
        }
        return anywhere.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    /**
     * Whether a file or folder is this user's alone to write: owned by the user running the program, a regular file
     * or folder (not a link), and writable by nobody else. Where the file system knows no owners, whether it is not a
     * link.
     */
    private static boolean ours(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return !Files.isSymbolicLink(path);
        }
        PosixFileAttributes attributes;
        try {
            attributes = view.readAttributes();
        } catch (AccessDeniedException e) {
            return false;
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        return !attributes.isSymbolicLink()
                && attributes.owner().equals(user(path))
                && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    }
}
