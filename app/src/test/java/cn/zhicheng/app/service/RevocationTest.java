package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CertificateFixture.DOSSIER;
import static cn.zhicheng.app.service.CertificateFixture.application;
import static cn.zhicheng.app.service.CertificateFixture.at;
import static cn.zhicheng.app.service.CertificateFixture.issuer;
import static cn.zhicheng.app.service.CertificateFixture.resultPublicity;
import static cn.zhicheng.app.service.CertificateFixture.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.IssuedCertificates;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.certificate.CertificateCheck;
import cn.zhicheng.core.certificate.Certificates;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 决定 D-13: a title obtained by fraud is revoked with the decision's reference — status revoked, a signed revocation
 * that offline verifiers apply — and the holder may not apply for three years (决定 D-22: revoked on 2026-10-12,
 * barred through 2029-10-12, free from 2029-10-13), checked on the day of submission.
 */
class RevocationTest {

    @TempDir
    Path temp;

    static final Round LATER = new Round("2029-prov", 2029, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.ProvincialOffice(), LocalDate.of(2029, 9, 30), LocalDate.of(2029, 10, 1),
            LocalDate.of(2029, 10, 31));
    static final String DECISION = "吉人社职〔2026〕9号";

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aRevokedHolderIsBarredThroughTheLastDayAndMayApplyTheDayAfter(TestStores.Kind kind) {
        IssuingKeys keys = new IssuingKeys(temp.resolve("keys"));
        keys.create(IssuingKeys.PROVINCIAL);
        try (Database db = TestStores.fresh(kind, temp)) {
            db.jdbi().useTransaction(h -> {
                new Rounds().save(h, CertificateIssueTest.ROUND);
                new Rounds().save(h, LATER);
            });
            application(db, "a-1", CertificateIssueTest.ROUND.id(), Stage.RESULT_PUBLICITY);
            resultPublicity(db, "a-1", CertificateIssueTest.POSTED);
            IssueCertificate issue = issuer(db, at("2026-09-08T02:00:00Z"), keys);
            assertInstanceOf(ActResult.Done.class, issue.certify("a-1", CertificateIssueTest.OFFICE));
            String number = issue.numberOf("a-1").orElseThrow();

            RevokeCertificate revoke = new RevokeCertificate(db, at("2026-10-12T02:00:00Z"), keys);
            ActResult wrongRole = revoke.revoke(number, DECISION, "代表作系抄袭", Actor.of("x", Role.APPEALS_OFFICER));
            assertEquals(Outcome.Refusal.WRONG_ROLE,
                    assertInstanceOf(ActResult.Refused.class, wrongRole).refusal().refusal());
            ActResult.Done done = assertInstanceOf(ActResult.Done.class,
                    revoke.revoke(number, DECISION, "代表作系抄袭", CertificateIssueTest.OFFICE));
            assertEquals(Stage.REVOKED, done.application().stage());
            assertEquals(RevokeCertificate.REVOCATION, done.entry().act().document().orElseThrow().kind());

            IssuedCertificates.Stored stored = new CertificateRegister(db).find(number);
            assertEquals(IssuedCertificates.Status.REVOKED, stored.status());
            assertEquals(DECISION, stored.revocation().orElseThrow().decision());
            assertEquals("代表作系抄袭", stored.revocation().orElseThrow().reason());
            List<String> list = new CertificateRegister(db).revocations(IssuingKeys.PROVINCIAL);
            assertEquals(1, list.size());
            CertificateCheck offline = Certificates.status(stored.certificate().signedString(),
                    keys.publicKey(IssuingKeys.PROVINCIAL), list);
            assertInstanceOf(CertificateCheck.Revoked.class, offline);

            ActResult twice = revoke.revoke(number, DECISION, "重复", CertificateIssueTest.OFFICE);
            assertEquals(Outcome.Refusal.REPEATED,
                    assertInstanceOf(ActResult.Refused.class, twice).refusal().refusal());

            String masked = db.jdbi().withHandle(h -> h.createQuery("SELECT masked_id_number || ' '"
                    + " || id_number_digest FROM fraud_bar").mapTo(String.class).one());
            assertFalse(masked.contains(CertificateFixture.ID_NUMBER), "the bar never keeps the ID number");

            Actor applicant = Actor.of("wang-xiaoyu", Role.APPLICANT);
            ActResult barred = new SubmitApplication(db, at("2029-10-12T15:59:00Z"))
                    .submit(new Submission("b-1", LATER.id(), "AI", Level.INTERMEDIATE, DOSSIER), applicant);
            Outcome.Refused refused = assertInstanceOf(ActResult.Refused.class, barred).refusal();
            assertEquals("stage.guard.barred", refused.reason().key());
            assertEquals("决定 D-13", refused.clause().toString());
            assertTrue(Messages.both(refused.reason()).both().contains("2029-10-12"),
                    () -> Messages.both(refused.reason()).both());

            ActResult free = new SubmitApplication(db, at("2029-10-12T16:00:00Z"))
                    .submit(new Submission("b-1", LATER.id(), "AI", Level.INTERMEDIATE, DOSSIER), applicant);
            assertInstanceOf(ActResult.Done.class, free, "free from 2029-10-13 in China");
            assertEquals(Stage.SUBMITTED, stage(db, "b-1"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anUnknownNumberIsNamedAndNothingIsRecorded(TestStores.Kind kind) {
        IssuingKeys keys = new IssuingKeys(temp.resolve("keys"));
        try (Database db = TestStores.fresh(kind, temp)) {
            NotFound e = assertThrows(NotFound.class, () -> new RevokeCertificate(db, at("2026-10-12T02:00:00Z"),
                    keys).revoke("JL-2026-ENG-I-000404", DECISION, "理由", CertificateIssueTest.OFFICE));
            assertTrue(e.reason().both().contains("JL-2026-ENG-I-000404"));
            assertEquals(0, db.jdbi().withHandle(h -> new cn.zhicheng.app.store.AuditLog().rows(h)).size());
        }
    }
}
