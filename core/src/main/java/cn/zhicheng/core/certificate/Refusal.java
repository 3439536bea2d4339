package cn.zhicheng.core.certificate;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;

/** Why a signed certificate or revocation was not accepted, with a message in zh-CN and en. */
public record Refusal(Reason reason, Message message) implements CertificateCheck, RevocationCheck {

    public Refusal {
        requireNonNull(reason, "reason is null");
        requireNonNull(message, "message is null");
    }

    public enum Reason {
        /** Not a signed string or file of this kind: cannot be split, decoded or read. */
        MALFORMED,
        /** Signed with another key than the one held: the key ids differ. */
        WRONG_KEY,
        /** The signature is not the held key's signature over this content: altered, or forged. */
        BAD_SIGNATURE
    }

    static Refusal malformed(String detail) {
        return new Refusal(Reason.MALFORMED, Message.of("certificate.malformed", detail));
    }
}
