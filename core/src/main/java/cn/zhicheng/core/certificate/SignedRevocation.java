package cn.zhicheng.core.certificate;

import static java.util.Objects.requireNonNull;

import java.util.Base64;

/** A revocation with the issuing body's Ed25519 signature over its canonical JSON (决定 D-13). */
public record SignedRevocation(Revocation revocation, KeyId keyId, String signature) {

    public SignedRevocation {
        requireNonNull(revocation, "revocation is null");
        requireNonNull(keyId, "keyId is null");
        requireNonNull(signature, "signature is null");
    }

    public String signedString() {
        return new SignedString(CertificateJson.bytes(revocation), keyId,
                Base64.getUrlDecoder().decode(signature)).format();
    }
}
