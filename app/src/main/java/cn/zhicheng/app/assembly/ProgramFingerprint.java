package cn.zhicheng.app.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A digest of the code that reads and validates annexes: the jars (or class folders) the given classes come from.
 * A jar is known by its central directory, which names every entry with its CRC-32 and size, so a rebuilt jar in
 * which any class or message changed has another fingerprint, at the cost of reading one table rather than every
 * byte (the application's jar is tens of megabytes). A class folder (a build's output) is digested file by file.
 */
final class ProgramFingerprint {

    /** The end-of-central-directory record (ZIP APPNOTE 4.3.16) and the most a comment after it may add. */
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int LONGEST_COMMENT = 0xFFFF;

    private ProgramFingerprint() {
    }

    /** The fingerprint of the code the classes come from, each jar or folder counted once. */
    static byte[] of(List<Class<?>> classes) {
        Set<Path> sources = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            sources.add(location(c));
        }
        MessageDigest sha = sha256();
        for (Path source : sources) {
            sha.update(source.getFileName() == null ? new byte[0]
                    : source.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(Files.isDirectory(source) ? folder(source) : jar(source));
        }
        return sha.digest();
    }

    private static Path location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("no code source for " + c.getName());
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("code source of " + c.getName() + " is not a file: " + e.getMessage(), e);
        }
    }

    /** The jar's central directory; the whole file when that cannot be found (a ZIP64 archive, say). */
    private static byte[] jar(Path jar) {
        try (FileChannel in = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = in.size();
            int tailLength = (int) Math.min(size, END_SIZE + LONGEST_COMMENT);
            ByteBuffer tail = ByteBuffer.allocate(tailLength).order(ByteOrder.LITTLE_ENDIAN);
            in.read(tail, size - tailLength);
            for (int at = tailLength - END_SIZE; at >= 0; at--) {
                if (tail.getInt(at) == END_SIGNATURE) {
                    long length = Integer.toUnsignedLong(tail.getInt(at + 12));
                    long offset = Integer.toUnsignedLong(tail.getInt(at + 16));
                    if (offset + length <= size && length < Integer.MAX_VALUE) {
                        ByteBuffer directory = ByteBuffer.allocate((int) length);
                        in.read(directory, offset);
                        return checksums(directory.array());
                    }
                    break;
                }
            }
            return sha256(Files.readAllBytes(jar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The directory's length and two CRCs of different polynomials over it: the directory already holds each entry's
     * CRC-32 and size, and the JDK computes these checksums with the processor's own instructions even before any
     * code is compiled, where a SHA-256 of the megabyte would cost a one-question command tens of milliseconds.
     */
    private static byte[] checksums(byte[] directory) {
        CRC32 crc = new CRC32();
        crc.update(directory);
        CRC32C crcC = new CRC32C();
        crcC.update(directory);
        return ByteBuffer.allocate(24).putLong(directory.length).putLong(crc.getValue()).putLong(crcC.getValue())
                .array();
    }

    /** Every file of a class folder, by its relative name and content. */
    private static byte[] folder(Path folder) {
        MessageDigest sha = sha256();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha.digest();
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
