package cn.zhicheng.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.service.VerifyAudit;
import cn.zhicheng.core.audit.Verification;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.review.stage.Stage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process is killed with SIGKILL in the middle of a batch of acts, three times over, on embedded H2 and on a
 * PostgreSQL server: afterwards the store opens, every act the batch reported as done is stored, every application
 * stands either fully moved or untouched (its stage and its audit entries agree), and the audit chain verifies with
 * no gap (design.md, principle 5; 七(二)).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledMidBatchTest {

    private static final int BATCH = 100_000;
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    private EmbeddedPostgres server;

    @BeforeAll
    void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void onH2EveryApplicationIsFullyMovedOrUntouched() throws Exception {
        reported.clear();
        Path data = dir.resolve("data");
        for (int kill = 1; kill <= KILLS; kill++) {
            killMidway("h2", data.toString(), kill * 40);
        }
        try (Database db = Database.openFolder(data)) {
            check(db);
        }
    }

    @Test
    void onPostgresEveryApplicationIsFullyMovedOrUntouched() throws Exception {
        reported.clear();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE crash");
        }
        String url = server.getJdbcUrl("postgres", "crash");
        for (int kill = 1; kill <= KILLS; kill++) {
            killMidway("url", url, kill * 40);
        }
        try (Database db = Database.open(url, "postgres", "postgres")) {
            check(db);
        }
    }

    /** Starts the batch in a JVM of its own and kills it once it has printed {@code after} more lines. */
    /** The acts the killed batches reported as done, as "submitted crash-N" and "withdrawn crash-N". */
    private final java.util.Set<String> reported = new java.util.HashSet<>();

    private void killMidway(String kind, String where, int after) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashBatch.class.getName(), kind, where, String.valueOf(BATCH))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            int lines = 0;
            for (String line; lines < after && (line = out.readLine()) != null; lines++) {
                String[] words = line.split(" ");
                if (words.length == 3 && words[2].equals("true")) {
                    reported.add(words[0] + " crash-" + words[1]);
                }
            }
            assertEquals(after, lines, "the batch was running when it was killed");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no close
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed process ended");
    }

    private void check(Database db) {
        Verification verification = new VerifyAudit(db).verify();
        assertTrue(verification.intact(), () -> Messages.both(verification.message()).both());
        Map<String, Stage> stages = db.jdbi().withHandle(h -> h.createQuery("SELECT id, stage FROM application")
                .map((rs, ctx) -> Map.entry(rs.getString("id"), Stage.valueOf(rs.getString("stage")))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> entries = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT subject, COUNT(*) AS n FROM audit_entry GROUP BY subject")
                .map((rs, ctx) -> Map.entry(rs.getString("subject"), rs.getLong("n"))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(stages.size() >= 40, "applications stored before the kills: " + stages.size());
        for (Map.Entry<String, Stage> e : stages.entrySet()) {
            long expected = switch (e.getValue()) {
                case SUBMITTED -> 1; // submitted; the withdrawal was cut off whole
                case WITHDRAWN -> 2; // submitted and withdrawn
                default -> -1;
            };
            assertEquals(expected, entries.getOrDefault(e.getKey(), 0L).longValue(),
                    e.getKey() + " stands at " + e.getValue() + " with its entries");
        }
        // an act reported as done before the kill is stored: a commit is in the file when the act returns
        for (String act : reported) {
            String id = act.substring(act.indexOf(' ') + 1);
            assertTrue(stages.containsKey(id), act + " was reported done but is not stored");
            if (act.startsWith("withdrawn")) {
                assertEquals(Stage.WITHDRAWN, stages.get(id), act + " was reported done");
            }
        }
        List<String> orphans = entries.keySet().stream().filter(s -> !stages.containsKey(s)).toList();
        assertEquals(List.of(), orphans, "no entry of an act that did not land");
    }
}
