package cn.zhicheng.app.certificate;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The issuing bodies' Ed25519 key pairs (六(六)), one per body — {@code provincial} for the provincial office, or an
 * association's id (决定 D-12) — kept as PEM files in a keys folder: {@code BODY.ed25519.key} (PKCS#8, readable by
 * its owner only where the file system has POSIX permissions) and {@code BODY.ed25519.pub} (X.509), the public key
 * that verifiers are given. A key once made is never overwritten: certificates signed with it must stay verifiable.
 */
public final class IssuingKeys {

    /** The provincial office's key (六(六)). */
    public static final String PROVINCIAL = "provincial";

    /** Bodies are short, plain ids that are also safe file names (no leading dot, no separators). */
    private static final Pattern BODY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,47}");
    private static final String ALGORITHM = "Ed25519";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path folder;

    public IssuingKeys(Path folder) {
        this.folder = requireNonNull(folder, "folder is null").toAbsolutePath().normalize();
    }

    /** Refuses a body id that is not {@code provincial} or a plain association id. */
    public static String body(String body) {
        if (body == null || !BODY.matcher(body).matches()) {
            throw new KeyRefused(Message.of("keys.body", String.valueOf(body)));
        }
        return body;
    }

    public boolean exists(String body) {
        return Files.exists(privateFile(body)) || Files.exists(publicFile(body));
    }

    /** Makes and keeps a new key pair for {@code body}; refuses when one exists. Returns the public key. */
    public PublicKey create(String body) {
        if (exists(body)) {
            throw new KeyRefused(Message.of("keys.exists", body));
        }
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
        try {
            createFolder();
            write(privateFile(body), pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            try {
                write(publicFile(body), pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            } catch (IOException e) {
                Files.deleteIfExists(privateFile(body));
                throw e;
            }
        } catch (FileAlreadyExistsException e) {
            throw new KeyRefused(Message.of("keys.exists", body));
        } catch (IOException e) {
            throw new KeyRefused(Message.of("keys.unwritable", body, reason(e)));
        }
        return pair.getPublic();
    }

    /** Removes a key pair just made, when the act that made it could not be recorded. */
    public void discard(String body) {
        try {
            Files.deleteIfExists(privateFile(body));
            Files.deleteIfExists(publicFile(body));
        } catch (IOException e) {
            throw new KeyRefused(Message.of("keys.unwritable", body, reason(e)));
        }
    }

    /** The body's key pair, for signing; refused when the body has none. */
    public KeyPair pair(String body) {
        byte[] der = der(read(privateFile(body), body), "PRIVATE KEY", body);
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
            return new KeyPair(publicKey(body), key);
        } catch (GeneralSecurityException e) {
            throw new KeyRefused(Message.of("keys.unreadable", body, "not an Ed25519 private key"));
        }
    }

    /** The body's public key, as verifiers receive it. */
    public PublicKey publicKey(String body) {
        return publicKey(read(publicFile(body), body), body);
    }

    /** The PEM text of the body's public key, for {@code keys export}. */
    public byte[] publicPem(String body) {
        return read(publicFile(body), body);
    }

    /** Reads a public key in PEM (X.509 SubjectPublicKeyInfo), as exported; refused, naming what, otherwise. */
    public static PublicKey publicKey(byte[] pem, String what) {
        byte[] der = der(pem, "PUBLIC KEY", what);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new KeyRefused(Message.of("keys.notPublicKey", what));
        }
    }

    private Path privateFile(String body) {
        return folder.resolve(body(body) + ".ed25519.key");
    }

    private Path publicFile(String body) {
        return folder.resolve(body(body) + ".ed25519.pub");
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    private void write(Path file, byte[] content, boolean secret) throws IOException {
        FileAttribute<?>[] attributes = secret && posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
        Files.createFile(file, attributes);
        Files.write(file, content);
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static byte[] read(Path file, String body) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyRefused(Message.of("keys.missing", body));
        } catch (IOException e) {
            throw new KeyRefused(Message.of("keys.unreadable", body, reason(e)));
        }
    }

    private static byte[] pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] der(byte[] pem, String type, String what) {
        String text = new String(pem, StandardCharsets.US_ASCII).strip();
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        if (!text.startsWith(begin) || !text.endsWith(end)) {
            throw new KeyRefused(Message.of(type.startsWith("PUBLIC") ? "keys.notPublicKey" : "keys.unreadable",
                    what, "not PEM"));
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(begin.length(), text.length() - end.length()));
        } catch (IllegalArgumentException e) {
            throw new KeyRefused(Message.of(type.startsWith("PUBLIC") ? "keys.notPublicKey" : "keys.unreadable",
                    what, "not base64"));
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? "" : e.getMessage();
    }
}
