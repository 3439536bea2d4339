package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.IssuedCertificates;
import cn.zhicheng.core.policy.Text;
import jakarta.inject.Inject;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The certificates as issued (六(六)) and their status (决定 D-13), for showing, exporting the certificate file or its
 * QR code, and each issuing body's list of signed revocations for offline verifiers.
 */
public final class CertificateRegister {

    private final Jdbi jdbi;
    private final IssuedCertificates certificates = new IssuedCertificates();

    @Inject
    public CertificateRegister(Database database) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
    }

    public IssuedCertificates.Stored find(String number) {
        return jdbi.withHandle(h -> certificates.find(h, number)).orElseThrow(() -> new NotFound(new Text(
                "没有编号为 " + number + " 的证书", "there is no certificate " + number)));
    }

    /** The signed revocations of the certificates {@code body} issued, one per line, in number order. */
    public List<String> revocations(String body) {
        String b = IssuingKeys.body(body);
        return jdbi.withHandle(h -> certificates.revocations(h, b));
    }
}
