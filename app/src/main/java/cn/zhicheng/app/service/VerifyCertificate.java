package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.core.certificate.CertificateCheck;
import cn.zhicheng.core.certificate.Certificates;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a certificate offline (六(六)), with no database: its file or its signed string, against the issuing
 * body's public key as exported (PEM), and — when the body's revocation list is given — against the revocations
 * signed with the same key (决定 D-13). Anyone holding the public key can run it.
 */
public final class VerifyCertificate {

    private VerifyCertificate() {
    }

    /** What is checked: the certificate file, or else the signed string; and the revocation list, if any. */
    public record Presented(Optional<byte[]> file, Optional<String> signedString, byte[] publicKeyPem,
                            String publicKeyName, Optional<byte[]> revocations) {
        public Presented {
            requireNonNull(file, "file is null");
            requireNonNull(signedString, "signedString is null");
            requireNonNull(publicKeyPem, "publicKeyPem is null");
            requireNonNull(publicKeyName, "publicKeyName is null");
            requireNonNull(revocations, "revocations is null");
            if (file.isPresent() == signedString.isPresent()) {
                throw new IllegalArgumentException("a certificate file or a signed string, exactly one");
            }
        }
    }

    public static CertificateCheck check(Presented p) {
        PublicKey key = IssuingKeys.publicKey(p.publicKeyPem(), p.publicKeyName());
        CertificateCheck check = p.file().isPresent() ? Certificates.verifyFile(p.file().get(), key)
                : Certificates.verify(p.signedString().get(), key);
        if (check instanceof CertificateCheck.Valid valid && p.revocations().isPresent()) {
            List<String> list = new String(p.revocations().get(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            return Certificates.status(valid.certificate().signedString(), key, list);
        }
        return check;
    }
}
