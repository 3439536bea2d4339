package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CertificateFixture.CALENDAR;
import static cn.zhicheng.app.service.CertificateFixture.application;
import static cn.zhicheng.app.service.CertificateFixture.at;
import static cn.zhicheng.app.service.CertificateFixture.issuer;
import static cn.zhicheng.app.service.CertificateFixture.resultPublicity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Delegations;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.certificate.CertificateCheck;
import cn.zhicheng.core.certificate.Certificates;
import cn.zhicheng.core.certificate.IssuingBody;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 六(六) 备案: an association's results are filed by the association and acknowledged by the provincial office before
 * their certificates are issued; the certificate, signed with the association's key, names the delegation and the
 * filing (决定 D-12). A provincial round files nothing.
 */
class FilingTest {

    @TempDir
    Path temp;

    static final Round ROUND = new Round("2026-assoc-ai", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.DelegatedAssociation("assoc-ai", "del-1"), LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    static final Delegation GRANT = Delegation.grant("del-1", "assoc-ai", Set.of("AI"), Set.of(Level.INTERMEDIATE),
            LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    static final Actor ASSOCIATION = Actor.forAssociation("assoc-ai", Role.ASSOCIATION, "assoc-ai");
    static final Actor OTHER_ASSOCIATION = Actor.forAssociation("assoc-iot", Role.ASSOCIATION, "assoc-iot");
    static final String REFERENCE = "吉人社备〔2026〕21号";

    private static FileResults filing(Database db, String instant) {
        return new FileResults(db, at(instant), CALENDAR);
    }

    private static String refusal(FilingResult r) {
        return assertInstanceOf(FilingResult.Refused.class, r).reason().key();
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anAssociationsCertificateWaitsForTheAcknowledgedFilingAndNamesIt(TestStores.Kind kind) throws Exception {
        IssuingKeys keys = new IssuingKeys(temp.resolve("keys"));
        keys.create("assoc-ai");
        keys.create(IssuingKeys.PROVINCIAL);
        try (Database db = TestStores.fresh(kind, temp)) {
            db.jdbi().useTransaction(h -> {
                new Rounds().save(h, ROUND);
                new Delegations().insert(h, GRANT);
            });
            application(db, "b-1", ROUND.id(), Stage.RESULT_PUBLICITY);
            resultPublicity(db, "b-1", CertificateIssueTest.POSTED);

            assertEquals("filing.nothingToFile", refusal(filing(db, "2026-09-04T02:00:00Z")
                    .file(ROUND.id(), "吉林省人工智能产业协会", "Jilin AI Industry Association", ASSOCIATION)));
            assertEquals("filing.notTheAssociation", refusal(filing(db, "2026-09-08T02:00:00Z")
                    .file(ROUND.id(), "吉林省物联网协会", "Jilin IoT Association", OTHER_ASSOCIATION)));
            ActResult early = issuer(db, at("2026-09-08T02:00:00Z"), keys).certify("b-1", CertificateIssueTest.OFFICE);
            ActResult.Refused notFiled = assertInstanceOf(ActResult.Refused.class, early);
            assertEquals("filing.notFiled", notFiled.refusal().reason().key());
            assertEquals("六(六)", notFiled.refusal().clause().toString());

            FilingResult filed = filing(db, "2026-09-08T02:00:00Z").file(ROUND.id(), "吉林省人工智能产业协会",
                    "Jilin AI Industry Association", ASSOCIATION);
            assertEquals(java.util.List.of("b-1"), assertInstanceOf(FilingResult.Done.class, filed).filing()
                    .applications());
            assertEquals("filing.filedAlready", refusal(filing(db, "2026-09-08T03:00:00Z").file(ROUND.id(),
                    "吉林省人工智能产业协会", "Jilin AI Industry Association", ASSOCIATION)));
            assertEquals("filing.notAcknowledged", assertInstanceOf(ActResult.Refused.class,
                    issuer(db, at("2026-09-09T02:00:00Z"), keys).certify("b-1", CertificateIssueTest.OFFICE))
                    .refusal().reason().key());
            assertEquals("filing.acknowledgeRole", refusal(filing(db, "2026-09-09T02:00:00Z")
                    .acknowledge(ROUND.id(), REFERENCE, ASSOCIATION)));
            assertInstanceOf(FilingResult.Done.class, filing(db, "2026-09-09T02:00:00Z")
                    .acknowledge(ROUND.id(), REFERENCE, CertificateIssueTest.OFFICE));
            assertEquals("filing.acknowledgedAlready", refusal(filing(db, "2026-09-09T03:00:00Z")
                    .acknowledge(ROUND.id(), "吉人社备〔2026〕22号", CertificateIssueTest.OFFICE)));

            IssueCertificate issue = issuer(db, at("2026-09-10T02:00:00Z"), keys);
            assertInstanceOf(ActResult.Done.class, issue.certify("b-1", CertificateIssueTest.OFFICE));
            var stored = new CertificateRegister(db).find(issue.numberOf("b-1").orElseThrow());
            IssuingBody.Association issuer = assertInstanceOf(IssuingBody.Association.class,
                    stored.certificate().content().issuer());
            assertEquals("del-1", issuer.delegation());
            assertEquals(REFERENCE, issuer.filing());
            assertEquals("吉林省人工智能产业协会", issuer.name().zh());
            assertInstanceOf(CertificateCheck.Valid.class, Certificates.verify(stored.certificate().signedString(),
                    keys.publicKey("assoc-ai")));
            assertInstanceOf(cn.zhicheng.core.certificate.Refusal.class, Certificates.verify(
                    stored.certificate().signedString(), keys.publicKey(IssuingKeys.PROVINCIAL)));

            long roundEntries = db.jdbi().withHandle(h -> new AuditLog().of(h, ROUND.id())).size();
            assertEquals(7, roundEntries, "every filing step, done or refused, is audited under the round");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aProvincialRoundFilesNothing(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            db.jdbi().useTransaction(h -> new Rounds().save(h, CertificateIssueTest.ROUND));
            application(db, "a-1", CertificateIssueTest.ROUND.id(), Stage.RESULT_PUBLICITY);
            resultPublicity(db, "a-1", CertificateIssueTest.POSTED);
            FilingResult r = filing(db, "2026-09-08T02:00:00Z").file(CertificateIssueTest.ROUND.id(), "省人社厅",
                    "Provincial office", Actor.forAssociation("a", Role.ASSOCIATION, "a"));
            FilingResult.Refused refused = assertInstanceOf(FilingResult.Refused.class, r);
            assertEquals("filing.provincialRound", refused.reason().key());
            assertEquals("六(六)", refused.clause().toString());
            assertEquals("filing.provincialRound", refusal(filing(db, "2026-09-08T02:00:00Z")
                    .acknowledge(CertificateIssueTest.ROUND.id(), REFERENCE, CertificateIssueTest.OFFICE)));
        }
    }
}
