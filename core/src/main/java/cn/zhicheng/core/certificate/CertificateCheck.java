package cn.zhicheng.core.certificate;

import cn.zhicheng.core.eligibility.Message;

/** What checking a signed certificate found: valid, revoked (决定 D-13), or refused with the reason. */
public sealed interface CertificateCheck permits CertificateCheck.Valid, CertificateCheck.Revoked, Refusal {

    Message message();

    record Valid(SignedCertificate certificate) implements CertificateCheck {
        @Override
        public Message message() {
            CertificateContent c = certificate.content();
            return Message.of("certificate.valid", c.number().value(), c.holder().name(),
                    c.holder().maskedIdNumber(), c.title().label(), c.field().name(), c.issuer().name(),
                    c.issuedOn().toString());
        }
    }

    /** Signed and intact, but revoked by a revocation signed with the same key. */
    record Revoked(SignedCertificate certificate, Revocation revocation) implements CertificateCheck {
        @Override
        public Message message() {
            return Message.of("certificate.revoked", revocation.number().value(), revocation.revokedOn().toString(),
                    revocation.ground().label(), revocation.decision());
        }
    }
}
