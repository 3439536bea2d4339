package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.service.CommitteeFixture;
import cn.zhicheng.app.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committee's commands, end to end on the embedded store: register the pool, open a session, draw and replay
 * the committee, begin the review, read blind, attend, vote, close and confirm — and every mistake refused with exit
 * status 2, in Chinese and English, without a stack trace or a Java name.
 */
class CommitteeCommandsTest {

    private static final String SECRETARY = "expert_committee_secretary:sec-1";

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void store() {
        data = dir.resolve("data");
        try (Database db = Database.openFolder(data)) {
            CommitteeFixture.qualifiedApplications(db);
        }
    }

    private Path expertsFile() throws Exception {
        StringBuilder yaml = new StringBuilder("experts:\n");
        for (int i = 1; i <= 14; i++) {
            yaml.append("  - id: e").append(String.format("%02d", i)).append("\n")
                    .append("    fields: [AI]\n    titleLevel: ").append(i % 2 == 0 ? "INTERMEDIATE" : "SENIOR")
                    .append('\n');
        }
        yaml.append("  - id: x-relative\n    fields: [AI]\n    titleLevel: SENIOR\n    relations:\n")
                .append("      - {idNumber: \"").append(CommitteeFixture.applicant(1)).append("\", kinship: SIBLING}\n");
        yaml.append("  - id: x-colleague\n    fields: [AI]\n    titleLevel: SENIOR\n    employerCreditCode: ")
                .append(CommitteeFixture.EMPLOYER).append('\n');
        Path file = dir.resolve("experts.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(data.toString());
        return Run.of(all.toArray(String[]::new));
    }

    private static void refusedPlainly(Run r) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("cn.zhicheng"),
                r.err());
    }

    @Test
    void aSessionRunsFromThePoolToTheConfirmedResult() throws Exception {
        Run added = run("experts-add", expertsFile().toString(), "--as", "provincial_office:office-1");
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().contains("16 experts added") && added.out().contains("新增专家16名"), added.out());

        Run opened = run("session-open", "s-1", "--field", "AI", "--level", "INTERMEDIATE", "app-1", "app-2",
                "app-3", "--as", SECRETARY);
        assertEquals(0, opened.exit(), opened.err());
        assertTrue(opened.out().contains("committee of 11"), opened.out());

        Run drawn = run("--lang", "en", "draw", "s-1", "--as", SECRETARY);
        assertEquals(0, drawn.exit(), drawn.err());
        assertTrue(drawn.out().contains("committee of 11 drawn") && drawn.out().contains("4 exclusions recorded"),
                drawn.out());
        List<String> members = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  \\d+\\. (\\S+)$").matcher(drawn.out());
        while (m.find()) {
            members.add(m.group(1));
        }
        assertEquals(11, members.size(), drawn.out());
        assertFalse(members.contains("x-relative") || members.contains("x-colleague"));

        Run replay = run("--lang", "en", "draw-replay", "s-1");
        assertEquals(0, replay.exit(), replay.err());
        assertTrue(replay.out().contains("give the same committee"), replay.out());

        Run begun = run("--lang", "en", "begin-review", "s-1", "--as", SECRETARY);
        assertEquals(0, begun.exit(), begun.err());
        assertTrue(begun.out().contains("IN_EXPERT_REVIEW") || begun.out().contains("in expert review"), begun.out());

        Run blind = run("blind-view", "s-1", "app-1", "--as", "expert:" + members.get(0));
        assertEquals(0, blind.exit(), blind.err());
        assertFalse(blind.out().contains("王晓雨") || blind.out().contains(CommitteeFixture.applicant(1)), blind.out());
        refusedPlainly(run("blind-view", "s-1", "app-1", "--as", "expert:x-relative"));

        List<String> present = members.subList(0, 8);
        Run attended = run("--lang", "en", "attend", "s-1", "--present", String.join(",", present), "--methods",
                "DEFENCE,SHOWCASE", "--as", SECRETARY);
        assertEquals(0, attended.exit(), attended.err());
        assertTrue(attended.out().contains("8 of 11 members present (quorum 8)"), attended.out());

        for (String app : List.of("app-1", "app-2", "app-3")) {
            for (int i = 0; i < present.size(); i++) {
                Run vote = run("--lang", "en", "vote", "s-1", app, i < 6 ? "--yes" : "--no", "--as",
                        "expert:" + present.get(i));
                assertEquals(0, vote.exit(), vote.err());
                assertFalse(vote.out().toLowerCase().contains("yes") || vote.out().toLowerCase().contains(" no"),
                        "the answer shows turnout, never the vote: " + vote.out());
            }
        }
        Run second = run("vote", "s-1", "app-1", "--no", "--as", "expert:" + present.get(0));
        refusedPlainly(second);
        assertTrue(second.err().contains("已对申报 app-1 投过票") && second.err().contains("already voted"), second.err());
        Run proxy = run("--lang", "en", "vote", "s-1", "app-1", "--yes", "--member", members.get(9), "--as",
                "expert:" + present.get(0));
        refusedPlainly(proxy);
        assertTrue(proxy.err().contains("no proxy"), proxy.err());

        Run closed = run("--lang", "en", "close-vote", "s-1", "--as", SECRETARY);
        assertEquals(0, closed.exit(), closed.err());
        Matcher sha = Pattern.compile("result sha256 ([0-9a-f]{64})").matcher(closed.out());
        assertTrue(sha.find(), closed.out());
        assertTrue(closed.out().contains("Passed: 6 yes of 8"), closed.out());

        Run late = run("--lang", "en", "vote", "s-1", "app-1", "--yes", "--as", "expert:" + present.get(7));
        refusedPlainly(late);
        Run wrongHash = run("--lang", "en", "confirm-result", "s-1", "--sha256", "a".repeat(64), "--as",
                "expert:" + present.get(0));
        refusedPlainly(wrongHash);
        Run confirmed = run("--lang", "en", "confirm-result", "s-1", "--sha256", sha.group(1), "--as",
                "expert:" + present.get(0));
        assertEquals(0, confirmed.exit(), confirmed.err());
        assertTrue(confirmed.out().contains("1 of 8"), confirmed.out());
    }

    @Test
    void badInputIsRefusedNamingTheFieldInBothLanguages() throws Exception {
        Path unknownKey = dir.resolve("bad.yaml");
        Files.writeString(unknownKey, "experts:\n  - id: e01\n    fields: [AI]\n    titleLevel: SENIOR\n    salary: 1\n");
        Run r = run("experts-add", unknownKey.toString(), "--as", "provincial_office:o");
        refusedPlainly(r);
        assertTrue(r.err().contains("experts[0].salary"), r.err());

        Path badId = dir.resolve("bad-id.yaml");
        Files.writeString(badId, "experts:\n  - id: \"e 01\"\n    fields: [AI]\n    titleLevel: SENIOR\n"
                + "    relations: [{idNumber: \"220102199001011234\", kinship: SIBLING}]\n");
        Run ids = run("experts-add", badId.toString(), "--as", "provincial_office:o");
        refusedPlainly(ids);
        assertTrue(ids.err().contains("experts[0].id") && ids.err().contains("experts[0].relations[0].idNumber"),
                ids.err());

        Run bothVotes = run("vote", "s-1", "app-1", "--yes", "--no", "--as", "expert:e01");
        refusedPlainly(bothVotes);
        assertTrue(bothVotes.err().contains("--yes") && bothVotes.err().contains("须且只能选其一"), bothVotes.err());

        Run badSession = run("draw", "s 1", "--as", SECRETARY);
        refusedPlainly(badSession);
        assertTrue(badSession.err().contains("SESSION"), badSession.err());

        Run unknown = run("--lang", "en", "draw-replay", "s-9");
        refusedPlainly(unknown);
        assertTrue(unknown.err().contains("there is no review session s-9"), unknown.err());

        Run notHex = run("confirm-result", "s-1", "--sha256", "xyz", "--as", "expert:e01");
        refusedPlainly(notHex);
        assertTrue(notHex.err().contains("SHA-256"), notHex.err());

        Run notQualified = run("--lang", "en", "session-open", "s-1", "--field", "AI", "--level", "SENIOR", "app-1",
                "--as", SECRETARY);
        refusedPlainly(notQualified);
        assertTrue(notQualified.err().contains("app-1 is for AI"), notQualified.err());

        Run wrongRole = run("--lang", "en", "session-open", "s-1", "--field", "AI", "--level", "INTERMEDIATE",
                "app-1", "--as", "expert:e01");
        refusedPlainly(wrongRole);
        assertTrue(wrongRole.err().contains("expert_committee_secretary"), wrongRole.err());

        Run help = Run.of("vote", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("无记名投票") && help.out().contains("secret ballot"), help.out());
    }
}
