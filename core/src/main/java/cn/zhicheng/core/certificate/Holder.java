package cn.zhicheng.core.certificate;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.applicant.Masking;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The certificate's holder as the public sees it: the name, the ID number masked ("220102********2349"), and a
 * digest of the full ID number, so that someone who holds the person's ID number (an employer, the person) can
 * check that the certificate is theirs.
 *
 * <p>Why a slow digest: the masked number shows the region and the last four characters, which leaves only the
 * birth date — some tens of thousands of values — unknown. A plain SHA-256 would give the full number back in
 * milliseconds. The digest is PBKDF2-HMAC-SHA256 salted with the certificate number, at a cost that turns trying
 * every birth date for one certificate into hours of work; it does not make it impossible, and the digest's form
 * names its cost so that it can be raised later.
 */
public record Holder(String name, String maskedIdNumber, String idNumberDigest) {

    static final int ITERATIONS = 600_000;
    private static final Pattern DIGEST = Pattern.compile("pbkdf2-sha256\\$(\\d{1,8})\\$([0-9a-f]{64})");

    public Holder {
        requireNonNull(name, "name is null");
        requireNonNull(maskedIdNumber, "maskedIdNumber is null");
        requireNonNull(idNumberDigest, "idNumberDigest is null");
        if (name.isBlank() || !DIGEST.matcher(idNumberDigest).matches()) {
            throw new IllegalArgumentException("a holder has a name and an ID-number digest pbkdf2-sha256$n$hex");
        }
    }

    /** The holder of certificate {@code number}, from their name and full ID number. */
    public static Holder of(String name, String idNumber, CertificateNumber number) {
        return new Holder(name, Masking.middle(idNumber, 6, 4),
                "pbkdf2-sha256$" + ITERATIONS + "$" + derive(idNumber, number, ITERATIONS));
    }

    /** Whether {@code idNumber} is the holder's, on certificate {@code number}. */
    public boolean isIdNumber(String idNumber, CertificateNumber number) {
        Matcher m = DIGEST.matcher(idNumberDigest);
        m.matches();
        String candidate = derive(idNumber, number, Integer.parseInt(m.group(1)));
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII),
                m.group(2).getBytes(StandardCharsets.US_ASCII));
    }

    private static String derive(String idNumber, CertificateNumber number, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(idNumber.toCharArray(), number.value().getBytes(StandardCharsets.UTF_8),
                    iterations, 256);
            return HexFormat.of().formatHex(
                    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java platform", e);
        }
    }
}
