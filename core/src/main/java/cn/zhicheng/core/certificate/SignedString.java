package cn.zhicheng.core.certificate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The compact form of a signed document, short enough for a QR code:
 * {@code base64url(canonical JSON) "." key id "." base64url(Ed25519 signature)}, unpadded. The signature covers
 * exactly the canonical bytes in the first part; the key id only tells a verifier which key to use.
 */
record SignedString(byte[] payload, KeyId keyId, byte[] signature) {

    static final int SIGNATURE_BYTES = 64;

    String format() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload) + "." + keyId.value() + "." + b64.encodeToString(signature);
    }

    /** Splits and decodes a signed string; a malformed one is refused with what is wrong with it. */
    static SignedString parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the signed string is empty");
        }
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a signed string has three parts separated by '.', this one has "
                    + parts.length);
        }
        byte[] payload = decode(parts[0], "the content");
        KeyId keyId;
        try {
            keyId = new KeyId(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key id is not 16 lower-case hex digits");
        }
        byte[] signature = decode(parts[2], "the signature");
        if (signature.length != SIGNATURE_BYTES) {
            throw new IllegalArgumentException("the signature is " + signature.length + " bytes, not "
                    + SIGNATURE_BYTES);
        }
        return new SignedString(payload, keyId, signature);
    }

    String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    private static byte[] decode(String part, String what) {
        if (part.isEmpty() || part.contains("=")) {
            throw new IllegalArgumentException(what + " is not unpadded base64url");
        }
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not unpadded base64url");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedString s && Arrays.equals(payload, s.payload) && keyId.equals(s.keyId)
                && Arrays.equals(signature, s.signature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(payload) * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return format();
    }
}
