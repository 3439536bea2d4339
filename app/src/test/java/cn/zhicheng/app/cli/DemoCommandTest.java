package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demonstration round a new user runs: every stage of 六 is taken through the services, the summary says who
 * passed, who did not and why, the committees with their recusals, the certificates; the audit chain it leaves
 * verifies, and a copy with one entry changed does not.
 */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void aWholeRoundRunsAndItsAuditTrailVerifies() throws Exception {
        Path data = dir.resolve("demo");
        Run demo = Run.of("--lang", "en", "demo", "--data", data.toString(), "--applicants", "39");
        assertEquals(0, demo.exit(), demo.err());
        String out = demo.out();
        for (String step : new String[] {"opens review round 2026-demo (三, 六)", "applications: 39 of 39 accepted",
            "1 declined on ethics (五(一)1, 六(二))", "1 dismissed, 1 upheld", "qualification review",
            "sessions drawn at random with recusal", "result publicity:", "certificates issued:"}) {
            assertTrue(out.contains(step), step + " in\n" + out);
        }
        assertTrue(out.contains("the recommender's assessment of ethics was negative"), out);
        assertTrue(out.contains("an objection during publicity was upheld"), out);
        assertTrue(out.contains("is recused from application"), "a relative of an applicant is recused:\n" + out);
        Matcher certified = Pattern.compile("certificates issued: (\\d+)").matcher(out);
        assertTrue(certified.find() && Integer.parseInt(certified.group(1)) > 0, out);
        assertTrue(out.contains("Audit trail intact"), out);
        assertTrue(out.matches("(?s).*JL-2026-ENG-I-\\d{6} \\S+ \\(\\d{6}\\*{8}\\d{3}[\\dX]\\).*"),
                "certificates show the ID number masked:\n" + out);

        Run again = Run.of("--lang", "en", "demo", "--data", data.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already holds a database"), again.err());

        Run verify = Run.of("--lang", "en", "audit-verify", "--data", data.toString());
        assertEquals(0, verify.exit(), verify.out() + verify.err());

        try (Database db = Database.openFolder(data)) {
            db.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET entry_json ="
                    + " REPLACE(entry_json, 'recommender-demo-0003', 'recommender-demo-0099') WHERE entry_number ="
                    + " (SELECT MIN(entry_number) FROM audit_entry WHERE subject = 'demo-0003' AND entry_number > 1"
                    + " AND entry_json LIKE '%recommender-demo-0003%')"));
        }
        Run broken = Run.of("--lang", "en", "audit-verify", "--data", data.toString());
        assertEquals(2, broken.exit(), broken.out());
        assertTrue(Files.exists(data.resolve("keys")), "the issuing key is kept beside the data");

        // on a database given by URL the demonstration runs only when it holds no applications yet
        Run onUrl = Run.of("--lang", "en", "demo", "--data", dir.resolve("keys-only").toString(), "--db",
                "jdbc:h2:file:" + data.toAbsolutePath().resolve(Database.H2_NAME), "--db-user", "sa");
        assertEquals(2, onUrl.exit(), onUrl.out());
        assertTrue(onUrl.err().contains("the database already holds applications"), onUrl.err());
    }
}
