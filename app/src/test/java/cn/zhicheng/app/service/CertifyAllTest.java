package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CertificateFixture.ID_NUMBER;
import static cn.zhicheng.app.service.CertificateFixture.application;
import static cn.zhicheng.app.service.CertificateFixture.at;
import static cn.zhicheng.app.service.CertificateFixture.issuer;
import static cn.zhicheng.app.service.CertificateFixture.resultPublicity;
import static cn.zhicheng.app.service.CertificateFixture.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.audit.Verification;
import cn.zhicheng.core.certificate.CertificateContent;
import cn.zhicheng.core.certificate.CertificateNumber;
import cn.zhicheng.core.review.stage.Stage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 六(六) over many applications at once: each application gets core's own decision and its own entry, a refused one
 * records its refusal and stays where it was while the others are issued, and every holder's digest is that of the
 * ID number salted with the number the certificate bears — also when a refusal before it shifted the numbers from
 * those the digests were derived for beforehand.
 */
class CertifyAllTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aRefusalInTheBatchIsRecordedAloneAndTheOthersAreIssuedWithTheirOwnNumbersDigests(TestStores.Kind kind) {
        IssuingKeys keys = new IssuingKeys(temp.resolve("keys"));
        keys.create(IssuingKeys.PROVINCIAL);
        try (Database db = TestStores.fresh(kind, temp)) {
            db.jdbi().useTransaction(h -> new Rounds().save(h, CertificateIssueTest.ROUND));
            for (String id : List.of("a-1", "a-2", "a-3")) {
                application(db, id, CertificateIssueTest.ROUND.id(), Stage.RESULT_PUBLICITY);
            }
            resultPublicity(db, "a-1", CertificateIssueTest.POSTED);
            resultPublicity(db, "a-2", LocalDate.of(2026, 9, 7)); // still running on the day of the batch
            resultPublicity(db, "a-3", CertificateIssueTest.POSTED);

            IssueCertificate service = issuer(db, at("2026-09-08T02:00:00Z"), keys);
            List<ActResult> results = service.certifyAll(List.of("a-1", "a-2", "a-3"),
                    CertificateIssueTest.OFFICE);

            assertInstanceOf(ActResult.Done.class, results.get(0));
            ActResult.Refused refused = assertInstanceOf(ActResult.Refused.class, results.get(1));
            assertEquals("stage.guard.publicityRunning", refused.refusal().reason().key());
            assertEquals("a-2", refused.entry().act().subject());
            assertEquals(Stage.RESULT_PUBLICITY, stage(db, "a-2"));
            assertFalse(service.numberOf("a-2").isPresent());
            assertInstanceOf(ActResult.Done.class, results.get(2));

            for (String[] issued : new String[][] {{"a-1", "JL-2026-ENG-I-000001"}, {"a-3", "JL-2026-ENG-I-000002"}}) {
                assertEquals(Stage.CERTIFIED, stage(db, issued[0]));
                assertEquals(issued[1], service.numberOf(issued[0]).orElseThrow());
                CertificateContent content = new CertificateRegister(db).find(issued[1]).certificate().content();
                CertificateNumber number = new CertificateNumber(issued[1]);
                assertTrue(content.holder().isIdNumber(ID_NUMBER, number), issued[1] + " holds the holder's digest");
                assertFalse(content.holder().isIdNumber("220102199503162349", number));
            }
            long entries = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry")
                    .mapTo(Long.class).one());
            assertEquals(3, entries, "one entry per application: two issued, one refused");
            Verification verification = new VerifyAudit(db).verify();
            assertTrue(verification.intact());
        }
    }
}
