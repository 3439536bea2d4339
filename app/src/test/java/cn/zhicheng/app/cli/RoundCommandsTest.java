package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rounds and delegations from the command line (三, 四, 决定 D-12): the provincial office grants an association a
 * delegation, the association opens a round inside it and not outside it, narrowing and revocation are recorded, and
 * every act — refused ones too — is an entry of an audit chain that verifies.
 */
class RoundCommandsTest {

    @TempDir
    Path dir;

    private String[] args(String... rest) {
        String[] all = new String[rest.length + 4];
        all[0] = "--lang";
        all[1] = "en";
        System.arraycopy(rest, 0, all, 2, rest.length);
        all[rest.length + 2] = "--data";
        all[rest.length + 3] = dir.resolve("data").toString();
        return all;
    }

    @Test
    void anAssociationOpensARoundOnlyInsideItsDelegation() {
        Run grant = Run.of(args("delegation", "grant", "del-ai", "--association", "assoc-ai", "--fields", "AI",
                "--levels", "JUNIOR,INTERMEDIATE", "--from", "2026-06-01", "--to", "2027-12-31",
                "--as", "provincial_office:hr-1"));
        assertEquals(0, grant.exit(), grant.err());
        assertTrue(grant.out().contains("granted delegation del-ai to assoc-ai"), grant.out());

        Run inside = Run.of(args("open-round", "2026-assoc-ai", "--year", "2026", "--fields", "AI", "--levels",
                "INTERMEDIATE", "--cut-off", "2026-06-30", "--applications-open", "2026-07-01",
                "--applications-close", "2026-07-31", "--association", "assoc-ai", "--delegation", "del-ai",
                "--as", "association:assoc-ai@assoc-ai"));
        assertEquals(0, inside.exit(), inside.err());
        assertTrue(inside.out().contains("opened review round 2026-assoc-ai"), inside.out());

        Run outside = Run.of(args("open-round", "2026-assoc-iot", "--year", "2026", "--fields", "AI,IOT",
                "--levels", "SENIOR", "--cut-off", "2026-06-30", "--applications-open", "2026-07-01",
                "--applications-close", "2026-07-31", "--association", "assoc-ai", "--delegation", "del-ai",
                "--as", "association:assoc-ai@assoc-ai"));
        assertEquals(2, outside.exit(), outside.out());
        assertTrue(outside.err().contains("决定 D-12"), outside.err());
        assertTrue(outside.err().contains("IOT"), outside.err());

        Run notTheirs = Run.of(args("open-round", "2026-prov", "--year", "2026", "--fields", "AI", "--levels",
                "INTERMEDIATE", "--cut-off", "2026-06-30", "--applications-open", "2026-07-01",
                "--applications-close", "2026-07-31", "--as", "association:assoc-ai@assoc-ai"));
        assertEquals(2, notTheirs.exit());
        assertTrue(notTheirs.err().contains("run by the provincial HR office"), notTheirs.err());

        Run again = Run.of(args("open-round", "2026-assoc-ai", "--year", "2026", "--fields", "AI", "--levels",
                "INTERMEDIATE", "--cut-off", "2026-06-30", "--applications-open", "2026-07-01",
                "--applications-close", "2026-07-31", "--association", "assoc-ai", "--delegation", "del-ai",
                "--as", "association:assoc-ai@assoc-ai"));
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("exists already"), again.err());

        Run verify = Run.of(args("audit-verify"));
        assertEquals(0, verify.exit(), verify.err());
        assertTrue(verify.out().contains("5"), "five entries, the three refusals among them: " + verify.out());
    }

    @Test
    void narrowingCannotWidenAndRevocationIsListed() {
        Run grant = Run.of(args("delegation", "grant", "del-1", "--association", "assoc-1", "--fields", "AI,IOT",
                "--levels", "INTERMEDIATE", "--from", "2026-06-01", "--to", "2027-12-31",
                "--as", "provincial_office:hr-1"));
        assertEquals(0, grant.exit(), grant.err());

        Run widen = Run.of(args("delegation", "narrow", "del-1", "--on", "2026-07-01", "--fields", "AI,BIG_DATA",
                "--levels", "INTERMEDIATE", "--to", "2027-12-31", "--as", "provincial_office:hr-1"));
        assertEquals(2, widen.exit(), widen.out());
        assertTrue(widen.err().contains("BIG_DATA"), widen.err());

        Run byAssociation = Run.of(args("delegation", "revoke", "del-1", "--on", "2026-08-01",
                "--as", "association:assoc-1@assoc-1"));
        assertEquals(2, byAssociation.exit());
        assertTrue(byAssociation.err().contains("the provincial HR office grants, narrows and revokes"),
                byAssociation.err());

        Run narrow = Run.of(args("delegation", "narrow", "del-1", "--on", "2026-07-01", "--fields", "AI",
                "--levels", "INTERMEDIATE", "--to", "2027-06-30", "--as", "provincial_office:hr-1"));
        assertEquals(0, narrow.exit(), narrow.err());
        Run revoke = Run.of(args("delegation", "revoke", "del-1", "--on", "2026-08-01",
                "--as", "provincial_office:hr-1"));
        assertEquals(0, revoke.exit(), revoke.err());

        Run list = Run.of(args("delegation", "list"));
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("delegation del-1: association assoc-1, revoked on 2026-08-01"), list.out());
        assertTrue(list.out().contains("from 2026-06-01 to 2027-12-31: fields AI; IOT"), list.out());
        assertTrue(list.out().contains("from 2026-07-01 to 2027-06-30: fields AI, levels Intermediate"), list.out());
    }

    @Test
    void badArgumentsAreAllReportedTogetherAndNothingIsStored() {
        Run bad = Run.of(args("delegation", "grant", "del 1", "--association", "assoc-1", "--fields", "NOPE",
                "--levels", "TECHNICIAN", "--from", "2026-13-01", "--to", "2027-12-31", "--as", "nobody"));
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'del 1'"), bad.err());
        assertTrue(bad.err().contains("NOPE"), bad.err());
        assertTrue(bad.err().contains("--from"), bad.err());
        assertTrue(bad.err().contains("ROLE:ID"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
        Run list = Run.of(args("delegation", "list"));
        assertEquals("", list.out());
    }
}
