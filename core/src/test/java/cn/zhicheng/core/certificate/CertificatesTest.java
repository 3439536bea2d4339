package cn.zhicheng.core.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.policy.Title;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificatesTest {

    static final String ID_NUMBER = "220102199503152349";
    static final CertificateNumber NUMBER = CertificateNumber.of(2026, Series.ENGINEERING, Level.INTERMEDIATE, 123);
    static final DecisionRecord.FieldRef AI = new DecisionRecord.FieldRef("AI", new Text("人工智能",
            "Artificial intelligence"), Series.ENGINEERING, "附件1");

    private static KeyPair office;
    private static KeyPair other;
    private static CertificateContent content;
    private static SignedCertificate signed;

    @BeforeAll
    static void issue() throws GeneralSecurityException {
        office = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        content = new CertificateContent(NUMBER, Holder.of("王晓雨", ID_NUMBER, NUMBER), AI, Title.ENGINEER,
                IssuingBody.ProvincialOffice.JILIN, "2026年度新职业工程系列中级评审第1次会议",
                LocalDate.of(2026, 12, 18));
        signed = Certificates.sign(content, office);
    }

    private static Refusal refused(CertificateCheck check) {
        return assertInstanceOf(Refusal.class, check, () -> Messages.render(check.message(), Messages.EN));
    }

    @Test
    void aSignedCertificateVerifiesWithTheOfficesPublicKey() {
        CertificateCheck check = Certificates.verify(signed.signedString(), office.getPublic());
        CertificateCheck.Valid valid = assertInstanceOf(CertificateCheck.Valid.class, check);
        assertEquals(signed, valid.certificate());
        assertEquals("证书 JL-2026-ENG-I-000123 有效：王晓雨（220102********2349），工程师，人工智能，"
                + "由 吉林省人力资源和社会保障厅 于 2026-12-18 颁发", Messages.render(check.message(), Messages.ZH));
        assertEquals("Certificate JL-2026-ENG-I-000123 is valid: 王晓雨 (220102********2349), Engineer, "
                + "Artificial intelligence, issued by Department of Human Resources and Social Security of Jilin "
                + "Province on 2026-12-18", Messages.render(check.message(), Messages.EN));
    }

    @Test
    void theSignedStringShowsNoFullIdNumberButTheHoldersIdNumberCanBeChecked() {
        String payload = new String(Base64.getUrlDecoder().decode(signed.signedString().split("\\.")[0]),
                StandardCharsets.UTF_8);
        assertFalse(payload.contains(ID_NUMBER));
        assertTrue(payload.contains("\"maskedIdNumber\":\"220102********2349\""), payload);
        assertTrue(content.holder().isIdNumber(ID_NUMBER, NUMBER));
        assertFalse(content.holder().isIdNumber("220102199503152357", NUMBER));
    }

    @Test
    void theSameContentSignsToTheSameBytes() {
        SignedCertificate again = Certificates.sign(content, office);
        assertEquals(signed.signature(), again.signature());
        assertEquals(signed.signedString(), again.signedString());
        assertArrayEquals(Certificates.file(signed), Certificates.file(again));
    }

    @Test
    void aFlippedBitInTheContentOrTheSignatureIsRefused() {
        String[] parts = signed.signedString().split("\\.");
        for (int part : new int[] {0, 2}) {
            byte[] bytes = Base64.getUrlDecoder().decode(parts[part]);
            bytes[bytes.length / 2] ^= 0x01;
            String[] flipped = parts.clone();
            flipped[part] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Refusal r = refused(Certificates.verify(String.join(".", flipped), office.getPublic()));
            assertEquals(Refusal.Reason.BAD_SIGNATURE, r.reason(), "part " + part);
            assertEquals("签名不符：内容或签名已被改动，或并非签发机构所签", Messages.render(r.message(), Messages.ZH));
        }
    }

    @Test
    void anotherKeyIsRefusedAsTheWrongKey() {
        Refusal r = refused(Certificates.verify(signed.signedString(), other.getPublic()));
        assertEquals(Refusal.Reason.WRONG_KEY, r.reason());
        assertEquals("Signed with key " + KeyId.of(office.getPublic()) + "; the public key held is "
                + KeyId.of(other.getPublic()) + ", not the key that signed", Messages.render(r.message(), Messages.EN));

        // a forger who writes the other key's id in the string still fails the signature
        String[] parts = signed.signedString().split("\\.");
        String relabelled = parts[0] + "." + KeyId.of(other.getPublic()) + "." + parts[2];
        assertEquals(Refusal.Reason.BAD_SIGNATURE,
                refused(Certificates.verify(relabelled, other.getPublic())).reason());
    }

    @Test
    void aMalformedSignedStringIsRefusedWithItsReason() {
        String[] parts = signed.signedString().split("\\.");
        List<String> reasons = List.of(
                "Cannot be read: a signed string has three parts separated by '.', this one has 1",
                "Cannot be read: the content is not unpadded base64url",
                "Cannot be read: the key id is not 16 lower-case hex digits",
                "Cannot be read: the signature is 3 bytes, not 64");
        List<String> malformed = List.of("not a certificate", "%%%." + parts[1] + "." + parts[2],
                parts[0] + ".KEY." + parts[2], parts[0] + "." + parts[1] + ".AAAA");
        for (int i = 0; i < malformed.size(); i++) {
            Refusal r = refused(Certificates.verify(malformed.get(i), office.getPublic()));
            assertEquals(Refusal.Reason.MALFORMED, r.reason());
            assertEquals(reasons.get(i), Messages.render(r.message(), Messages.EN));
        }
        assertEquals(Refusal.Reason.MALFORMED, refused(Certificates.verify("", office.getPublic())).reason());
    }

    @Test
    void aSignedRevocationIsNotACertificate() {
        SignedRevocation revocation = Certificates.sign(new Revocation(NUMBER, LocalDate.of(2027, 3, 1),
                Revocation.Ground.FRAUD, "吉人社〔2027〕12号"), office);
        Refusal r = refused(Certificates.verify(revocation.signedString(), office.getPublic()));
        assertEquals(Refusal.Reason.MALFORMED, r.reason());
        assertEquals("Cannot be read: kind must be zhicheng.certificate", Messages.render(r.message(), Messages.EN));
    }

    @Test
    void aRevocationSignedByTheOfficeRevokesWithItsReasonAndDecision() {
        Revocation revocation = new Revocation(NUMBER, LocalDate.of(2027, 3, 1), Revocation.Ground.FRAUD,
                "吉人社〔2027〕12号");
        SignedRevocation byOffice = Certificates.sign(revocation, office);
        assertInstanceOf(RevocationCheck.Valid.class,
                Certificates.verifyRevocation(byOffice.signedString(), office.getPublic()));

        CertificateCheck status = Certificates.status(signed.signedString(), office.getPublic(),
                List.of(byOffice.signedString()));
        CertificateCheck.Revoked revoked = assertInstanceOf(CertificateCheck.Revoked.class, status);
        assertEquals(revocation, revoked.revocation());
        assertEquals("证书 JL-2026-ENG-I-000123 已于 2027-03-01 撤销：以弄虚作假等不正当手段取得（吉人社〔2027〕12号；决定 D-13）",
                Messages.render(status.message(), Messages.ZH));
        // the certificate itself never changes: it still verifies on its own
        assertInstanceOf(CertificateCheck.Valid.class, Certificates.verify(signed, office.getPublic()));
    }

    @Test
    void aRevocationByAnotherKeyOrForAnotherNumberRevokesNothing() {
        Revocation revocation = new Revocation(NUMBER, LocalDate.of(2027, 3, 1), Revocation.Ground.FRAUD, "伪造");
        SignedRevocation forged = Certificates.sign(revocation, other);
        assertEquals(Refusal.Reason.WRONG_KEY, assertInstanceOf(Refusal.class,
                Certificates.verifyRevocation(forged.signedString(), office.getPublic())).reason());
        SignedRevocation elsewhere = Certificates.sign(new Revocation(
                CertificateNumber.of(2026, Series.ENGINEERING, Level.INTERMEDIATE, 124), LocalDate.of(2027, 3, 1),
                Revocation.Ground.ISSUED_IN_ERROR, "吉人社〔2027〕13号"), office);
        assertInstanceOf(CertificateCheck.Valid.class, Certificates.status(signed.signedString(), office.getPublic(),
                List.of(forged.signedString(), elsewhere.signedString(), "garbage")));
    }

    @Test
    void aCertificateFileVerifiesOfflineWhateverItsLayoutAndRefusesAnAlteredName() {
        byte[] file = Certificates.file(signed);
        assertInstanceOf(CertificateCheck.Valid.class, Certificates.verifyFile(file, office.getPublic()));
        String text = new String(file, StandardCharsets.UTF_8);
        byte[] reflowed = text.replace(",", ",\n  ").replace(":", ": ").getBytes(StandardCharsets.UTF_8);
        assertInstanceOf(CertificateCheck.Valid.class, Certificates.verifyFile(reflowed, office.getPublic()));
        byte[] renamed = text.replace("王晓雨", "王晓宇").getBytes(StandardCharsets.UTF_8);
        assertEquals(Refusal.Reason.BAD_SIGNATURE,
                refused(Certificates.verifyFile(renamed, office.getPublic())).reason());
        assertEquals(Refusal.Reason.MALFORMED,
                refused(Certificates.verifyFile("[]".getBytes(StandardCharsets.UTF_8), office.getPublic())).reason());
    }

    @Test
    void anAssociationsCertificateNamesItsDelegationAndFilingAndCitesFourAndD12() {
        CertificateNumber number = CertificateNumber.of(2026, Series.MARKETING, Level.JUNIOR, 7);
        CertificateContent byAssociation = new CertificateContent(number, Holder.of("李娜", ID_NUMBER, number),
                new DecisionRecord.FieldRef("MARKETING", new Text("营销", "Marketing"), Series.MARKETING, "附件12"),
                Title.ASSISTANT_MARKETER, new IssuingBody.Association(new Text("吉林省电子商务协会",
                        "Jilin E-commerce Association"), "吉人社委〔2026〕3号", "吉人社备〔2026〕21号"),
                "2026年度营销系列初级评审第2次会议", LocalDate.of(2026, 11, 30));
        SignedCertificate s = Certificates.sign(byAssociation, office);
        String payload = new String(CertificateJson.bytes(byAssociation), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"clauses\":[\"六(六)\",\"四\",\"决定 D-12\"]"), payload);
        assertTrue(payload.contains("\"delegation\":\"吉人社委〔2026〕3号\""), payload);
        assertTrue(payload.contains("\"filing\":\"吉人社备〔2026〕21号\""), payload);
        assertEquals(byAssociation, assertInstanceOf(CertificateCheck.Valid.class,
                Certificates.verify(s.signedString(), office.getPublic())).certificate().content());
        assertThrows(IllegalArgumentException.class, () -> new IssuingBody.Association(new Text("协会", "Assoc"),
                " ", "吉人社备〔2026〕21号"));
    }

    @Test
    void contentThatDisagreesWithItselfIsRefusedNamingThePath() {
        String json = new String(CertificateJson.bytes(content), StandardCharsets.UTF_8);
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class, () -> CertificateJson.content(
                json.replace("\"level\":\"INTERMEDIATE\"", "\"level\":\"SENIOR\"").getBytes(StandardCharsets.UTF_8)));
        assertEquals("level must be INTERMEDIATE, as the title says", level.getMessage());
        IllegalArgumentException clauses = assertThrows(IllegalArgumentException.class, () -> CertificateJson.content(
                json.replace("[\"六(六)\"]", "[\"六(五)\"]").getBytes(StandardCharsets.UTF_8)));
        assertEquals("clauses must be [六(六)]", clauses.getMessage());
        IllegalArgumentException number = assertThrows(IllegalArgumentException.class, () -> CertificateJson.content(
                json.replace("JL-2026-ENG-I-000123", "JL-2026-ENG-S-000123").getBytes(StandardCharsets.UTF_8)));
        assertTrue(number.getMessage().startsWith("the certificate: certificate number JL-2026-ENG-S-000123 does not"
                + " agree with ENGINEER"), number.getMessage());
    }

    @Test
    void aRevocationForFraudBarsThroughTheDayThreeYearsOnCountedAsTheCivilCodeDoes() {
        Revocation leap = new Revocation(NUMBER, LocalDate.of(2024, 2, 29), Revocation.Ground.FRAUD, "吉人社〔2024〕1号");
        assertEquals(LocalDate.of(2027, 2, 28), leap.barredThrough());
        assertEquals(List.of("决定 D-13", "人社部发〔2024〕56号"),
                leap.clauses().stream().map(c -> c.ref()).toList());
    }

    @Test
    void signaturesDifferAcrossContents() {
        CertificateNumber next = CertificateNumber.of(2026, Series.ENGINEERING, Level.INTERMEDIATE, 124);
        CertificateContent other = new CertificateContent(next, content.holder(), AI, Title.ENGINEER,
                content.issuer(), content.session(), content.issuedOn());
        assertNotEquals(signed.signature(), Certificates.sign(other, office).signature());
    }
}
