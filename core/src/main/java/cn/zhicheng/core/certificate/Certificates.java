package cn.zhicheng.core.certificate;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.wire.WireReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Signs and verifies certificates (六(六)) and their revocations (决定 D-13) with Ed25519 over the canonical JSON.
 * Ed25519 is deterministic (RFC 8032): the same content and key always give the same signature, so signing needs
 * no randomness and core stays pure. Verification needs nothing but the signed string (or file) and the issuing
 * body's public key: anyone can run it offline.
 */
public final class Certificates {

    private static final String ALGORITHM = "Ed25519";
    private static final String FILE = "zhicheng.certificate.signed";

    private Certificates() {
    }

    /** Signs a certificate's canonical content with the issuing body's key pair; the key id names its public key. */
    public static SignedCertificate sign(CertificateContent content, KeyPair issuer) {
        requireNonNull(content, "content is null");
        return new SignedCertificate(content, KeyId.of(issuer.getPublic()),
                signature(CertificateJson.bytes(content), issuer.getPrivate()));
    }

    /** Signs a revocation; it revokes only when signed with the key that signed the certificate. */
    public static SignedRevocation sign(Revocation revocation, KeyPair issuer) {
        requireNonNull(revocation, "revocation is null");
        return new SignedRevocation(revocation, KeyId.of(issuer.getPublic()),
                signature(CertificateJson.bytes(revocation), issuer.getPrivate()));
    }

    /** Checks a certificate's signed string against the issuing body's public key. */
    public static CertificateCheck verify(String signedString, PublicKey key) {
        return verified(signedString, key, CertificateJson::content, CertificateJson::bytes,
                (content, s) -> new CertificateCheck.Valid(new SignedCertificate(content, s.keyId(), b64(s.signature()))));
    }

    public static CertificateCheck verify(SignedCertificate certificate, PublicKey key) {
        return verify(certificate.signedString(), key);
    }

    /** Checks a revocation's signed string against the issuing body's public key. */
    public static RevocationCheck verifyRevocation(String signedString, PublicKey key) {
        return verified(signedString, key, CertificateJson::revocation, CertificateJson::bytes,
                (r, s) -> new RevocationCheck.Valid(new SignedRevocation(r, s.keyId(), b64(s.signature()))));
    }

    /**
     * The status of a certificate: refused if its own signature fails; revoked if one of the revocations is for its
     * number and is signed by the same key (a revocation that fails its own check revokes nothing); else valid.
     */
    public static CertificateCheck status(String signedCertificate, PublicKey key, List<String> signedRevocations) {
        CertificateCheck check = verify(signedCertificate, key);
        if (!(check instanceof CertificateCheck.Valid valid)) {
            return check;
        }
        for (String signedRevocation : signedRevocations) {
            if (verifyRevocation(signedRevocation, key) instanceof RevocationCheck.Valid r
                    && r.revocation().revocation().number().equals(valid.certificate().content().number())) {
                return new CertificateCheck.Revoked(valid.certificate(), r.revocation().revocation());
            }
        }
        return check;
    }

    /** The certificate file: canonical JSON of the content, the key id and the signature, readable as it is. */
    public static byte[] file(SignedCertificate certificate) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FILE);
        node.set("content", CertificateJson.tree(certificate.content()));
        node.put("keyId", certificate.keyId().value());
        node.put("signature", certificate.signature());
        return CanonicalJson.bytes(node);
    }

    /** Checks a certificate file against the issuing body's public key; its content is checked in canonical form. */
    public static CertificateCheck verifyFile(byte[] file, PublicKey key) {
        String signedString;
        try {
            WireReader in = WireReader.parse(file);
            if (!FILE.equals(in.text("format"))) {
                throw new IllegalArgumentException("format: not a signed certificate file");
            }
            signedString = b64(CanonicalJson.bytes(in.object("content").node())) + "." + in.text("keyId") + "."
                    + in.text("signature");
        } catch (IllegalArgumentException e) {
            return Refusal.malformed(e.getMessage());
        }
        return verify(signedString, key);
    }

    private interface Valid<T, R> {
        R of(T document, SignedString signed);
    }

    /**
     * The one verification path: split and decode; the key ids must agree; the signature must hold over exactly the
     * bytes carried; those bytes must read as a document of the kind expected, in canonical form.
     */
    private static <T, R> R verified(String text, PublicKey key, Function<byte[], T> reader,
                                     Function<T, byte[]> canonical, Valid<T, R> valid) {
        requireNonNull(key, "key is null");
        SignedString signed;
        try {
            signed = SignedString.parse(text);
        } catch (IllegalArgumentException e) {
            return cast(Refusal.malformed(e.getMessage()));
        }
        KeyId held = KeyId.of(key);
        if (!signed.keyId().equals(held)) {
            return cast(new Refusal(Refusal.Reason.WRONG_KEY,
                    Message.of("certificate.wrongKey", signed.keyId().value(), held.value())));
        }
        if (!holds(signed, key)) {
            return cast(new Refusal(Refusal.Reason.BAD_SIGNATURE, Message.of("certificate.badSignature")));
        }
        T document;
        try {
            document = reader.apply(signed.payload());
        } catch (IllegalArgumentException e) {
            return cast(Refusal.malformed(e.getMessage()));
        }
        if (!Arrays.equals(signed.payload(), canonical.apply(document))) {
            return cast(Refusal.malformed("the content is not in canonical form"));
        }
        return valid.of(document, signed);
    }

    @SuppressWarnings("unchecked")
    private static <R> R cast(Refusal refusal) {
        // Refusal implements both CertificateCheck and RevocationCheck, the only two results verified() makes
        return (R) refusal;
    }

    private static boolean holds(SignedString signed, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signed.payload());
            return verifier.verify(signed.signature());
        } catch (InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    private static String signature(byte[] payload, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(payload);
            return b64(signer.sign());
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + key.getAlgorithm(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
