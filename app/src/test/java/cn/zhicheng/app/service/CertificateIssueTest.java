package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CertificateFixture.application;
import static cn.zhicheng.app.service.CertificateFixture.at;
import static cn.zhicheng.app.service.CertificateFixture.issuer;
import static cn.zhicheng.app.service.CertificateFixture.resultPublicity;
import static cn.zhicheng.app.service.CertificateFixture.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Publicities;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.calendar.Objection;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.certificate.CertificateCheck;
import cn.zhicheng.core.certificate.Certificates;
import cn.zhicheng.core.certificate.IssuingBody;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import cn.zhicheng.core.certificate.CertificateNumber;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 六(六): a certificate is issued once the result publicity has ended without an open objection, numbered, signed by
 * the provincial office's key and verifiable offline with its public key alone.
 */
class CertificateIssueTest {

    @TempDir
    Path temp;

    static final Round ROUND = new Round("2026-prov", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.ProvincialOffice(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 31));
    static final Actor OFFICE = Actor.of("prov-1", Role.PROVINCIAL_OFFICE);
    /** Posted Tuesday 1 September 2026: working days 1, 2, 3, 4 and 7 September, so it ends at 24:00 on the 7th. */
    static final LocalDate POSTED = LocalDate.of(2026, 9, 1);

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void issuedAfterThePublicityEndsAndVerifiableOfflineWithThePublicKeyOnly(TestStores.Kind kind) throws Exception {
        IssuingKeys keys = new IssuingKeys(temp.resolve("keys"));
        keys.create(IssuingKeys.PROVINCIAL);
        try (Database db = TestStores.fresh(kind, temp)) {
            db.jdbi().useTransaction(h -> new Rounds().save(h, ROUND));
            application(db, "a-1", ROUND.id(), Stage.RESULT_PUBLICITY);
            Publicity p = resultPublicity(db, "a-1", POSTED);
            assertEquals(LocalDate.of(2026, 9, 7), p.lastDay());

            ActResult during = issuer(db, at("2026-09-07T15:59:00Z"), keys).certify("a-1", OFFICE);
            Outcome.Refused refused = assertInstanceOf(ActResult.Refused.class, during).refusal();
            assertEquals("stage.guard.publicityRunning", refused.reason().key());
            assertEquals(Stage.RESULT_PUBLICITY, stage(db, "a-1"));

            IssueCertificate service = issuer(db, at("2026-09-07T16:00:00Z"), keys);
            ActResult.Done done = assertInstanceOf(ActResult.Done.class, service.certify("a-1", OFFICE));
            assertEquals(Stage.CERTIFIED, done.application().stage());
            String number = service.numberOf("a-1").orElseThrow();
            assertEquals("JL-2026-ENG-I-000001", number);

            var stored = new CertificateRegister(db).find(number);
            assertEquals("220102********2349", stored.certificate().content().holder().maskedIdNumber());
            assertEquals(LocalDate.of(2026, 9, 8), stored.certificate().content().issuedOn());
            assertInstanceOf(IssuingBody.ProvincialOffice.class, stored.certificate().content().issuer());
            assertEquals(IssueCertificate.CERTIFICATE, done.entry().act().document().orElseThrow().kind());
            assertEquals(cn.zhicheng.core.decision.CanonicalJson.sha256(Certificates.file(stored.certificate())),
                    done.entry().act().document().orElseThrow().sha256(), "the entry names the file's sha256");

            byte[] file = Certificates.file(stored.certificate());
            var key = keys.publicKey(IssuingKeys.PROVINCIAL);
            assertInstanceOf(CertificateCheck.Valid.class, Certificates.verifyFile(file, key));
            assertInstanceOf(CertificateCheck.Valid.class, Certificates.verify(stored.certificate().signedString(),
                    key));
            var other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
            assertInstanceOf(cn.zhicheng.core.certificate.Refusal.class, Certificates.verifyFile(file, other));
            String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
            byte[] changed = text.replace("王晓雨", "王晓云").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertInstanceOf(cn.zhicheng.core.certificate.Refusal.class, Certificates.verifyFile(changed, key));

            ActResult again = issuer(db, at("2026-09-09T02:00:00Z"), keys).certify("a-1", OFFICE);
            assertEquals(Outcome.Refusal.REPEATED,
                    assertInstanceOf(ActResult.Refused.class, again).refusal().refusal());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anOpenObjectionHoldsTheCertificateUntilDismissedAndTheNextNumberFollows(TestStores.Kind kind) {
        IssuingKeys keys = new IssuingKeys(temp.resolve("keys"));
        keys.create(IssuingKeys.PROVINCIAL);
        try (Database db = TestStores.fresh(kind, temp)) {
            db.jdbi().useTransaction(h -> new Rounds().save(h, ROUND));
            application(db, "a-1", ROUND.id(), Stage.RESULT_PUBLICITY);
            application(db, "a-2", ROUND.id(), Stage.RESULT_PUBLICITY);
            resultPublicity(db, "a-1", POSTED);
            resultPublicity(db, "a-2", POSTED);
            db.jdbi().useTransaction(h -> new Publicities().lodge(h, "a-2", Publicity.Kind.RESULT,
                    new Objection("o-1", Instant.parse("2026-09-03T02:00:00Z"), "", "成果材料存疑")));

            ActResult blocked = issuer(db, at("2026-09-08T02:00:00Z"), keys).certify("a-2", OFFICE);
            Outcome.Refused refused = assertInstanceOf(ActResult.Refused.class, blocked).refusal();
            assertEquals("stage.guard.objectionOpen", refused.reason().key());
            assertEquals("决定 D-6", refused.clause().toString());
            assertTrue(Messages.both(refused.reason()).both().contains("objection"));

            IssueCertificate service = issuer(db, at("2026-09-08T02:00:00Z"), keys);
            assertInstanceOf(ActResult.Done.class, service.certify("a-1", OFFICE));
            assertEquals(new CertificateNumber("JL-2026-ENG-I-000001").value(), service.numberOf("a-1").orElseThrow());

            db.jdbi().useTransaction(h -> new Publicities().resolve(h, new cn.zhicheng.core.calendar.Resolution("o-1",
                    cn.zhicheng.core.calendar.Resolution.Ruling.DISMISSED, Instant.parse("2026-09-09T02:00:00Z"),
                    "prov-1", "经核实材料属实")));
            IssueCertificate later = issuer(db, at("2026-09-10T02:00:00Z"), keys);
            assertInstanceOf(ActResult.Done.class, later.certify("a-2", OFFICE));
            assertEquals("JL-2026-ENG-I-000002", later.numberOf("a-2").orElseThrow());
        }
    }
}
