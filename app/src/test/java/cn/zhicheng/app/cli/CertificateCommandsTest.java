package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Publicities;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.calendar.HolidayData;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.InputDigest;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Stage;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certificate commands from the command line, on the embedded store: keys made once and never printed, a
 * certificate issued after the result publicity, shown masked, exported and verified offline (a changed byte, another
 * key and a revocation all refused), its QR code scanned back; filing refused for a provincial round; a
 * re-examination asked for, decided and refused the second time; and every bad input answered with exit 2 in both
 * languages, no stack trace.
 */
class CertificateCommandsTest {

    @TempDir
    Path dir;

    static final Round ROUND = new Round("2026-prov", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.ProvincialOffice(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 31));
    /** During the result publicity (it runs 1–7 September 2026), and after it. */
    static final Clock DURING = Clock.fixed(Instant.parse("2026-09-04T02:00:00Z"), ZoneOffset.UTC);
    static final Clock AFTER = Clock.fixed(Instant.parse("2026-09-08T02:00:00Z"), ZoneOffset.UTC);

    static Run run(Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), clock, args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void refusedPlainly(Run r, String zh, String en) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(zh) && r.err().contains(en), r.err());
        assertTrue(r.err().indexOf(zh) < r.err().indexOf(en), "Chinese first: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("cn.zhicheng"),
                r.err());
    }

    private Path store() throws Exception {
        Path data = dir.resolve("data");
        StrictReader reader = new StrictReader(BilingualValidator.create(
                Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))));
        ApplicantFile dossier = reader.read("applicant.yaml", Files.readAllBytes(CommandLineTest.EXAMPLE),
                StrictReader.Syntax.YAML, ApplicantFile.class);
        byte[] json = InputDigest.canonical(dossier);
        Publicity publicity = Publicity.posted(HolidayData.load(reader), Publicity.Kind.RESULT,
                LocalDate.of(2026, 9, 1));
        try (Database db = Database.openFolder(data)) {
            db.jdbi().useTransaction(h -> {
                new Rounds().save(h, ROUND);
                for (String id : new String[] {"a-1", "f-1"}) {
                    new Applications().insert(h, id, ROUND.id(), "AI", Level.INTERMEDIATE,
                            new String(json, StandardCharsets.UTF_8), CanonicalJson.sha256(json),
                            id.startsWith("a") ? Stage.RESULT_PUBLICITY : Stage.FAILED_REVIEW,
                            Instant.parse("2026-07-10T02:00:00Z"), "wang", Optional.empty());
                }
                new Publicities().post(h, "a-1", publicity);
            });
        }
        return data;
    }

    @Test
    void aKeyIsMadeOnceNeverPrintedAndExportedForVerifiers() throws Exception {
        Path data = store();
        String d = data.toString();
        Run made = run(AFTER, "keys", "init", "--body", "provincial", "--as", "provincial_office:p1", "--data", d);
        assertEquals(0, made.exit(), made.err());
        Path privateKey = data.resolve("keys").resolve("provincial.ed25519.key");
        byte[] secret = Files.readAllBytes(privateKey);
        String der = new String(secret, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----|\\s", "");
        String rawKey = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(
                Base64.getDecoder().decode(der), 16, 48));
        for (String printed : new String[] {made.out(), made.err()}) {
            assertFalse(printed.contains("PRIVATE KEY") || printed.contains(der.substring(0, 40))
                    || printed.contains(rawKey), "the private key is never printed");
        }
        if (privateKey.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)));
        }

        Run again = run(AFTER, "keys", "init", "--body", "provincial", "--as", "provincial_office:p1", "--data", d);
        refusedPlainly(again, "不予覆盖", "not overwritten");
        assertArrayEquals(secret, Files.readAllBytes(privateKey), "the existing key is untouched");

        Run notYours = run(AFTER, "keys", "init", "--body", "assoc-x", "--as", "provincial_office:p1", "--data", d);
        refusedPlainly(notYours, "只能由该机构生成", "Only the body itself");
        refusedPlainly(run(AFTER, "keys", "init", "--body", "../x", "--as", "provincial_office:p1", "--data", d),
                "不合规", "is not provincial or an association id");

        Path pub = dir.resolve("provincial.pub");
        Run exported = run(AFTER, "keys", "export", "--body", "provincial", "--out", pub.toString(), "--data", d);
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(Files.readString(pub).startsWith("-----BEGIN PUBLIC KEY-----"));
        refusedPlainly(run(AFTER, "keys", "export", "--body", "provincial", "--out", pub.toString(), "--data", d),
                "不予覆盖", "not overwritten");
        refusedPlainly(run(AFTER, "keys", "export", "--body", "assoc-y", "--out", dir.resolve("y.pub").toString(),
                "--data", d), "尚无签名密钥", "has no signing key yet");
        refusedPlainly(run(AFTER, "keys", "export", "--body", "provincial", "--out", dir.resolve("z.pub").toString(),
                "--db", "jdbc:postgresql://localhost/zhicheng"), "须以 --keys 指定", "name the issuing bodies' keys");
    }

    @Test
    void aCertificateIsIssuedShownExportedVerifiedScannedAndRevoked() throws Exception {
        Path data = store();
        String d = data.toString();
        assertEquals(0, run(AFTER, "keys", "init", "--body", "provincial", "--as", "provincial_office:p1",
                "--data", d).exit());
        Path pub = dir.resolve("provincial.pub");
        assertEquals(0, run(AFTER, "keys", "export", "--body", "provincial", "--out", pub.toString(), "--data", d)
                .exit());

        Run during = run(DURING, "certify", "a-1", "--as", "provincial_office:p1", "--data", d);
        assertEquals(2, during.exit(), during.out() + during.err());
        assertTrue(during.err().contains("公示期") && during.err().contains("publicity period"), during.err());

        Run certified = run(AFTER, "--lang", "en", "certify", "a-1", "--as", "provincial_office:p1", "--data", d);
        assertEquals(0, certified.exit(), certified.err());
        assertTrue(certified.out().contains("JL-2026-ENG-I-000001"), certified.out());
        String number = "JL-2026-ENG-I-000001";

        Run shown = run(AFTER, "certificate", "show", number, "--data", d);
        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.out().contains("220102********2349") && !shown.out().contains("220102199503152349"),
                shown.out());
        assertTrue(shown.out().contains("状态：有效") && shown.out().contains("Status: valid"), shown.out());

        Path file = dir.resolve("certificate.json");
        assertEquals(0, run(AFTER, "certificate", "export", number, "--out", file.toString(), "--data", d).exit());
        Run verified = run(AFTER, "--lang", "en", "verify-certificate", file.toString(), "--public-key",
                pub.toString());
        assertEquals(0, verified.exit(), verified.err());
        assertTrue(verified.out().contains("is valid"), verified.out());

        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.US_ASCII).indexOf("2026-09-08") + "2026-09-0".length();
        assertEquals('8', bytes[at]);
        bytes[at] = (byte) '9'; // one byte: the day of issue becomes 9 September
        Path altered = dir.resolve("altered.json");
        Files.write(altered, bytes);
        Run tampered = run(AFTER, "--lang", "en", "verify-certificate", altered.toString(), "--public-key",
                pub.toString());
        assertEquals(2, tampered.exit(), tampered.out() + tampered.err());
        assertTrue(tampered.err().contains("signature does not match"), tampered.err());

        assertEquals(0, run(AFTER, "keys", "init", "--body", "assoc-other", "--as",
                "association:x@assoc-other", "--data", d).exit());
        Path otherPub = dir.resolve("other.pub");
        run(AFTER, "keys", "export", "--body", "assoc-other", "--out", otherPub.toString(), "--data", d);
        Run wrongKey = run(AFTER, "--lang", "en", "verify-certificate", file.toString(), "--public-key",
                otherPub.toString());
        assertEquals(2, wrongKey.exit());
        assertTrue(wrongKey.err().contains("not the key that signed"), wrongKey.err());

        Path png = dir.resolve("certificate.png");
        assertEquals(0, run(AFTER, "certificate", "qr", number, "--out", png.toString(), "--data", d).exit());
        String scanned = scan(Files.readAllBytes(png));
        assertEquals(0, run(AFTER, "verify-certificate", "--signed", scanned, "--public-key", pub.toString()).exit());

        Run revoked = run(AFTER, "revoke", number, "--decision", "吉人社职〔2026〕9号", "--reason", "代表作系抄袭",
                "--as", "provincial_office:p1", "--data", d);
        assertEquals(0, revoked.exit(), revoked.err());
        Path list = dir.resolve("revocations.txt");
        assertEquals(0, run(AFTER, "certificate", "revocations", "--body", "provincial", "--out", list.toString(),
                "--data", d).exit());
        Run afterRevocation = run(AFTER, "--lang", "en", "verify-certificate", file.toString(), "--public-key",
                pub.toString(), "--revocations", list.toString());
        assertEquals(2, afterRevocation.exit(), afterRevocation.out());
        assertTrue(afterRevocation.err().contains("was revoked on 2026-09-08"), afterRevocation.err());
        assertTrue(run(AFTER, "certificate", "show", number, "--data", d).out().contains("代表作系抄袭"));
        Run twice = run(AFTER, "revoke", number, "--decision", "吉人社职〔2026〕9号", "--reason", "重复",
                "--as", "provincial_office:p1", "--data", d);
        assertEquals(2, twice.exit(), twice.out() + twice.err());
    }

    @Test
    void filingIsRefusedForAProvincialRoundAndAnAppealIsTakenOnce() throws Exception {
        String d = store().toString();
        Run filed = run(AFTER, "file-results", "2026-prov", "--name", "某协会", "--name-en", "An association",
                "--as", "association:x@assoc-x", "--data", d);
        assertEquals(2, filed.exit(), filed.out() + filed.err());
        assertTrue(filed.err().contains("无需向自身备案") && filed.err().contains("六(六)"), filed.err());
        Run ack = run(AFTER, "acknowledge-filing", "2026-prov", "--reference", "吉人社备〔2026〕1号",
                "--as", "provincial_office:p1", "--data", d);
        assertEquals(2, ack.exit(), ack.out() + ack.err());

        Run appealed = run(AFTER, "appeal", "f-1", "--grounds", "投票计数有误", "--as", "applicant:wang", "--data", d);
        assertEquals(0, appealed.exit(), appealed.err());
        assertTrue(appealed.out().contains("UNDER_APPEAL") || appealed.out().contains("复查中"), appealed.out());
        Run decided = run(AFTER, "decide-appeal", "f-1", "--dismiss", "--reasons", "程序与表决无误",
                "--as", "appeals_officer:o1", "--data", d);
        assertEquals(0, decided.exit(), decided.err());
        Run again = run(AFTER, "--lang", "en", "appeal", "f-1", "--grounds", "再次", "--as", "applicant:wang",
                "--data", d);
        assertEquals(2, again.exit(), again.out() + again.err());
        assertTrue(again.err().contains("already been re-examined") && again.err().contains("决定 D-10"),
                again.err());
    }

    @Test
    void badInputIsRefusedInBothLanguagesWithExitTwo() throws Exception {
        String d = store().toString();
        refusedPlainly(run(AFTER, "appeal", "f-1", "--grounds", "  ", "--as", "applicant:wang", "--data", d),
                "不能为空", "must not be blank");
        refusedPlainly(run(AFTER, "appeal", "f-1", "--grounds", "理".repeat(2001), "--as", "applicant:wang",
                "--data", d), "超过上限", "more than the limit");
        refusedPlainly(run(AFTER, "certify", "nope", "--as", "provincial_office:p1", "--data", d),
                "没有编号为 nope 的申报", "there is no application nope");
        refusedPlainly(run(AFTER, "certify", "a-1", "--as", "provincial_office:p1", "--data", d),
                "尚无签名密钥", "has no signing key yet");
        refusedPlainly(run(AFTER, "certificate", "show", "JL-2026-ENG-I-000404", "--data", d),
                "没有编号为 JL-2026-ENG-I-000404 的证书", "there is no certificate JL-2026-ENG-I-000404");
        refusedPlainly(run(AFTER, "revoke", "JL-2026-ENG-I-000001", "--decision", "X", "--reason", "Y",
                "--as", "provincial_office:p1", "--db", "jdbc:postgresql://localhost/zhicheng"),
                "须以 --keys 指定", "name the issuing bodies' keys");
        refusedPlainly(run(AFTER, "verify-certificate", "--public-key", dir.resolve("none.pub").toString()),
                "二者只能选其一", "not both and not neither");
        Path notAKey = Files.writeString(dir.resolve("not-a-key.pub"), "hello");
        Path cert = Files.writeString(dir.resolve("c.json"), "{}");
        refusedPlainly(run(AFTER, "verify-certificate", cert.toString(), "--public-key", notAKey.toString()),
                "不是 Ed25519 公钥", "is not an Ed25519 public key");
        refusedPlainly(run(AFTER, "verify-certificate", cert.toString(), "--public-key",
                dir.resolve("missing.pub").toString()), "找不到文件", "file not found");
        refusedPlainly(run(AFTER, "keys"), "须带子命令：init, export", "needs a subcommand: init, export");
        refusedPlainly(run(AFTER, "certificate"), "须带子命令", "needs a subcommand: show, export, qr, revocations");
        Run both = run(AFTER, "decide-appeal", "f-1", "--grant", "--dismiss", "--reasons", "r",
                "--as", "appeals_officer:o1", "--data", d);
        assertEquals(2, both.exit(), both.out() + both.err());
        assertFalse(both.err().contains("Exception"), both.err());
    }

    @Test
    void everyNewCommandExplainsItselfInChineseAndEnglish() {
        for (String[] command : new String[][] {{"keys", "init"}, {"keys", "export"}, {"certify"},
            {"certificate", "show"}, {"certificate", "export"}, {"certificate", "qr"}, {"certificate", "revocations"},
            {"verify-certificate"}, {"file-results"}, {"acknowledge-filing"}, {"appeal"}, {"decide-appeal"},
            {"revoke"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Run help = run(AFTER, args);
            assertEquals(0, help.exit(), String.join(" ", command) + ": " + help.err());
            assertTrue(help.out().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) && help.out().contains(" / "), help.out());
        }
        Run keys = run(AFTER, "keys", "--help");
        assertTrue(keys.out().contains("--keys") && keys.out().contains("PostgreSQL"), keys.out());
    }

    /** Reads the PNG's pixels back to the text the QR code carries. */
    private static String scan(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // the PNG is drawn by the program, not photographed: read it as a pure code, module by module
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
