package cn.zhicheng.core.certificate;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.decision.CanonicalJson;
import java.security.PublicKey;

/**
 * Names an issuing key: the first 16 hex digits of the SHA-256 of its public key (X.509 encoding). A signed
 * certificate carries it so that a verifier picks the right key, and is told plainly when it holds another one.
 */
public record KeyId(String value) {

    public KeyId {
        requireNonNull(value, "value is null");
        if (!value.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("a key id is 16 lower-case hex digits: " + value);
        }
    }

    public static KeyId of(PublicKey key) {
        return new KeyId(CanonicalJson.sha256(key.getEncoded()).substring(0, 16));
    }

    @Override
    public String toString() {
        return value;
    }
}
