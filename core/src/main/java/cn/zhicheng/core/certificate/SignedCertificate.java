package cn.zhicheng.core.certificate;

import static java.util.Objects.requireNonNull;

import java.util.Base64;

/**
 * A certificate's content with the issuing body's Ed25519 signature over its canonical JSON and the id of the key
 * that made it. The signature is kept as unpadded base64url text, so that the record is a plain value.
 */
public record SignedCertificate(CertificateContent content, KeyId keyId, String signature) {

    public SignedCertificate {
        requireNonNull(content, "content is null");
        requireNonNull(keyId, "keyId is null");
        requireNonNull(signature, "signature is null");
    }

    /** The compact signed string: what a QR code carries and {@code Certificates.verify} checks. */
    public String signedString() {
        return new SignedString(CertificateJson.bytes(content), keyId,
                Base64.getUrlDecoder().decode(signature)).format();
    }
}
