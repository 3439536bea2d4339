package cn.zhicheng.app.store;

import static cn.zhicheng.app.store.Applications.utc;

import cn.zhicheng.core.certificate.CertificateJson;
import cn.zhicheng.core.certificate.CertificateNumber;
import cn.zhicheng.core.certificate.KeyId;
import cn.zhicheng.core.certificate.SignedCertificate;
import cn.zhicheng.core.certificate.SignedRevocation;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The certificates issued (六(六)) and their revocations (决定 D-13). The signed content is written once and never
 * changed; a revocation sets the status and keeps its own signed record beside it. Every method works in the
 * caller's transaction.
 */
public final class IssuedCertificates {

    /** Valid, or revoked with the decision and reason (决定 D-13). */
    public enum Status {
        VALID,
        REVOKED
    }

    /** A certificate as stored. */
    public record Stored(SignedCertificate certificate, String applicationId, String issuingBody, Instant issuedAt,
                         Status status, Optional<Revoked> revocation) {
    }

    /** What a revocation stored: its day, decision, reason and the signed revocation. */
    public record Revoked(LocalDate on, String decision, String reason, String signedRevocation) {
    }

    /** The next serial for a year, series and level: one more than the highest issued; 1 for the first. */
    public int nextSerial(Handle h, int year, Series series, Level level) {
        return h.createQuery("SELECT COALESCE(MAX(serial_no), 0) FROM certificate WHERE issue_year = :y"
                        + " AND series_code = :s AND title_level = :l")
                .bind("y", year)
                .bind("s", series.name())
                .bind("l", level.name())
                .mapTo(Integer.class)
                .one() + 1;
    }

    /** Stores an issued certificate; a number taken by a concurrent issue fails on the primary key. */
    public void insert(Handle h, String applicationId, String issuingBody, SignedCertificate c, Instant at) {
        byte[] content = CertificateJson.bytes(c.content());
        CertificateNumber number = c.content().number();
        h.createUpdate("INSERT INTO certificate (cert_number, application_id, issue_year, series_code, title_level,"
                        + " serial_no, issuing_body, content_json, content_sha256, key_id, signature, signed_string,"
                        + " issued_at, status) VALUES (:n, :app, :y, :s, :l, :serial, :body, :json, :sha, :key,"
                        + " :sig, :signed, :at, :status)")
                .bind("n", number.value())
                .bind("app", applicationId)
                .bind("y", number.year())
                .bind("s", number.series().name())
                .bind("l", number.level().name())
                .bind("serial", number.serial())
                .bind("body", issuingBody)
                .bind("json", new String(content, StandardCharsets.UTF_8))
                .bind("sha", CanonicalJson.sha256(content))
                .bind("key", c.keyId().value())
                .bind("sig", c.signature())
                .bind("signed", c.signedString())
                .bind("at", utc(at))
                .bind("status", Status.VALID.name())
                .execute();
    }

    public Optional<Stored> find(Handle h, String number) {
        return h.createQuery("SELECT * FROM certificate WHERE cert_number = :n")
                .bind("n", number)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    public Optional<Stored> ofApplication(Handle h, String applicationId) {
        return h.createQuery("SELECT * FROM certificate WHERE application_id = :app")
                .bind("app", applicationId)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    /** Records a revocation once: false when the certificate is unknown or already revoked. */
    public boolean revoke(Handle h, SignedRevocation r, String reason) {
        return h.createUpdate("UPDATE certificate SET status = :status, revoked_on = :on, revocation_decision = :d,"
                        + " revocation_reason = :reason, signed_revocation = :signed"
                        + " WHERE cert_number = :n AND status = :valid")
                .bind("status", Status.REVOKED.name())
                .bind("on", r.revocation().revokedOn())
                .bind("d", r.revocation().decision())
                .bind("reason", reason)
                .bind("signed", r.signedString())
                .bind("n", r.revocation().number().value())
                .bind("valid", Status.VALID.name())
                .execute() == 1;
    }

    /** Every signed revocation of certificates issued by one body, in number order: its revocation list. */
    public List<String> revocations(Handle h, String issuingBody) {
        return h.createQuery("SELECT signed_revocation FROM certificate WHERE issuing_body = :body"
                        + " AND signed_revocation IS NOT NULL ORDER BY cert_number")
                .bind("body", issuingBody)
                .mapTo(String.class)
                .list();
    }

    private static Stored row(ResultSet rs) throws SQLException {
        SignedCertificate c = new SignedCertificate(
                CertificateJson.content(rs.getString("content_json").getBytes(StandardCharsets.UTF_8)),
                new KeyId(rs.getString("key_id")), rs.getString("signature"));
        Status status = Status.valueOf(rs.getString("status"));
        Optional<Revoked> revoked = status == Status.REVOKED
                ? Optional.of(new Revoked(rs.getObject("revoked_on", LocalDate.class),
                        rs.getString("revocation_decision"), rs.getString("revocation_reason"),
                        rs.getString("signed_revocation")))
                : Optional.empty();
        return new Stored(c, rs.getString("application_id"), rs.getString("issuing_body"),
                Applications.instant(rs, "issued_at"), status, revoked);
    }
}
