package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.service.SubmitApplication;
import cn.zhicheng.app.service.Submission;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail of a stored round is verified from the command line; a changed entry is named. */
class AuditVerifyCommandTest {

    @TempDir
    Path dir;

    private void storeThreeApplications(Path data) throws Exception {
        Round round = new Round("2026-prov", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
                new RunningBody.ProvincialOffice(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31));
        ApplicantFile dossier = new StrictReader(BilingualValidator.create(
                Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))))
                .read("applicant.yaml", Files.readAllBytes(CommandLineTest.EXAMPLE), StrictReader.Syntax.YAML,
                        ApplicantFile.class);
        try (Database db = Database.openFolder(data)) {
            db.jdbi().useTransaction(h -> new Rounds().save(h, round));
            SubmitApplication submit = new SubmitApplication(db,
                    Clock.fixed(Instant.parse("2026-07-10T02:00:00Z"), ZoneOffset.UTC));
            for (String id : new String[] {"app-1", "app-2", "app-3"}) {
                submit.submit(new Submission(id, round.id(), "AI", Level.INTERMEDIATE, dossier),
                        Actor.of("applicant-" + id, Role.APPLICANT));
            }
        }
    }

    @Test
    void anIntactTrailIsConfirmedAndAChangedEntryIsNamed() throws Exception {
        Path data = dir.resolve("data");
        storeThreeApplications(data);
        Run intact = Run.of("--lang", "en", "audit-verify", "--data", data.toString());
        assertEquals(0, intact.exit(), intact.err());
        assertTrue(intact.out().contains("3"), intact.out());

        try (Database db = Database.openFolder(data)) {
            db.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET entry_json ="
                    + " REPLACE(entry_json, 'applicant-app-2', 'applicant-app-9') WHERE entry_number = 2"));
        }
        Run broken = Run.of("--lang", "en", "audit-verify", "--data", data.toString());
        assertEquals(2, broken.exit(), broken.out() + broken.err());
        assertTrue(broken.out().contains("2"), broken.out());
        assertFalse(broken.out().equals(intact.out()));
    }

    @Test
    void anApplicationsTraceIsExportedAndVerifiedWithoutTheDatabase() throws Exception {
        Path data = dir.resolve("data");
        storeThreeApplications(data);
        Run text = Run.of("--lang", "en", "audit-trace", "--data", data.toString(), "app-2");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("app-2") && !text.out().contains("app-1"), text.out());

        Run json = Run.of("audit-trace", "--data", data.toString(), "app-2", "--json");
        assertEquals(0, json.exit(), json.err());
        assertFalse(json.out().contains("app-1") || json.out().contains("app-3"), "other applications stay hidden");
        Path trace = dir.resolve("trace.json");
        Files.writeString(trace, json.out());
        Run verified = Run.of("--lang", "en", "audit-verify-trace", trace.toString());
        assertEquals(0, verified.exit(), verified.out() + verified.err());

        Files.writeString(trace, json.out().replace("applicant-app-2", "applicant-app-7"));
        Run tampered = Run.of("--lang", "en", "audit-verify-trace", trace.toString());
        assertEquals(2, tampered.exit(), tampered.out() + tampered.err());
        assertFalse(tampered.out().equals(verified.out()));

        Run unknown = Run.of("--lang", "en", "audit-trace", "--data", data.toString(), "app-9");
        assertEquals(2, unknown.exit(), unknown.out() + unknown.err());
        assertTrue(unknown.err().contains("there is no application app-9"), unknown.err());
    }

    @Test
    void entriesCutOffTheEndPassAloneButNotAgainstACheckpoint() throws Exception {
        Path data = dir.resolve("data");
        storeThreeApplications(data);
        Run intact = Run.of("--lang", "en", "audit-verify", "--data", data.toString());
        java.util.regex.Matcher head = java.util.regex.Pattern.compile("(\\d+) entries checked, last hash ([0-9a-f]{64})")
                .matcher(intact.out());
        assertTrue(head.find(), intact.out());
        String checkpoint = head.group(1) + ":" + head.group(2);

        try (Database db = Database.openFolder(data)) {
            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry WHERE entry_number = 3"));
        }
        Run alone = Run.of("--lang", "en", "audit-verify", "--data", data.toString());
        assertEquals(0, alone.exit(), "a chain cut at its end still links: " + alone.out());
        Run checked = Run.of("--lang", "en", "audit-verify", "--data", data.toString(), "--checkpoint", checkpoint);
        assertEquals(2, checked.exit(), checked.out());
        assertTrue(checked.out().contains("its last entries are missing"), checked.out());

        Run bad = Run.of("--lang", "en", "audit-verify", "--data", data.toString(), "--checkpoint", "three:abc");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--checkpoint 'three:abc'"), bad.err());
    }

    @Test
    void aFolderHoldingNoDatabaseIsRefusedPlainly() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("zhicheng.mv.db"), "not a database");
        Run run = Run.of("--lang", "en", "audit-verify", "--data", data.toString());
        assertEquals(2, run.exit(), run.out() + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertTrue(run.err().contains("not a database"), run.err());
    }
}
