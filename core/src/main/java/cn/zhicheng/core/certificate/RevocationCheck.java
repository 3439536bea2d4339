package cn.zhicheng.core.certificate;

import cn.zhicheng.core.eligibility.Message;

/** What checking a signed revocation found: valid, or refused with the reason. */
public sealed interface RevocationCheck permits RevocationCheck.Valid, Refusal {

    Message message();

    record Valid(SignedRevocation revocation) implements RevocationCheck {
        @Override
        public Message message() {
            Revocation r = revocation.revocation();
            return Message.of("certificate.revocation.valid", r.number().value(), r.revokedOn().toString(),
                    r.ground().label(), r.decision());
        }
    }
}
