package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.FraudBars;
import cn.zhicheng.app.store.IssuedCertificates;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.calendar.FraudBar;
import cn.zhicheng.core.certificate.CertificateJson;
import cn.zhicheng.core.certificate.Certificates;
import cn.zhicheng.core.certificate.Revocation;
import cn.zhicheng.core.certificate.SignedRevocation;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 决定 D-13: a title found obtained by fraud is revoked by the provincial office, naming the decision that found the
 * fraud (REVOKE: FRAUD_DECISION_RECORDED). The certificate's status becomes revoked with the decision and reason, a
 * revocation signed with the key that signed the certificate is stored beside it, and the holder is barred from
 * applying for three years ({@link FraudBar}, kept against the ID-number digest) — with the new stage and the
 * audit entry naming the revocation's SHA-256, in one transaction.
 */
public final class RevokeCertificate {

    public static final String REVOCATION = "certificate.revocation";
    public static final int LONGEST_DECISION = 200;

    private final Jdbi jdbi;
    private final Clock clock;
    private final IssuingKeys keys;
    private final ApplicationActs acts;
    private final IssuedCertificates certificates = new IssuedCertificates();
    private final FraudBars bars = new FraudBars();

    @Inject
    public RevokeCertificate(Database database, Clock clock, IssuingKeys keys) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        this.keys = requireNonNull(keys, "keys is null");
        this.acts = new ApplicationActs(jdbi, new AuditLog());
    }

    public ActResult revoke(String number, String decision, String reason, Actor actor) {
        String reference = Texts.stated("decision", decision, LONGEST_DECISION);
        String why = Texts.stated("reason", reason, RequestAppeal.LONGEST_TEXT);
        IssuedCertificates.Stored stored = jdbi.withHandle(h -> certificates.find(h, number))
                .orElseThrow(() -> new NotFound(new Text("没有编号为 " + number + " 的证书",
                        "there is no certificate " + number)));
        Instant at = clock.instant();
        return acts.take(stored.applicationId(), actor, Act.REVOKE, at, new ApplicationActs.Particulars() {
            @Override
            public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
                return facts.fraudDecision(reference);
            }

            @Override
            public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved,
                                            Instant when) {
                LocalDate day = ApplicationActs.day(when);
                Revocation revocation = new Revocation(stored.certificate().content().number(), day,
                        Revocation.Ground.FRAUD, reference);
                SignedRevocation signed = Certificates.sign(revocation, keys.pair(stored.issuingBody()));
                if (!certificates.revoke(h, signed, why)) {
                    throw new ApplicationActs.LostRace();
                }
                bars.insert(h, revocation.number(), stored.certificate().content().holder(),
                        new FraudBar(day, reference));
                return Optional.of(new Document.Digest(REVOCATION,
                        CanonicalJson.sha256(CertificateJson.bytes(revocation))));
            }
        });
    }
}
