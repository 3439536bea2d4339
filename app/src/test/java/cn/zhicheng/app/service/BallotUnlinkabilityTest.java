package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CommitteeFixture.CLOCK;
import static cn.zhicheng.app.service.CommitteeFixture.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.review.committee.EvaluationMethod;
import cn.zhicheng.core.review.committee.Vote;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing stored links a ballot to the member who cast it (七(二) 无记名投票, 决定 D-7). Three members cast a yes, a no
 * and an abstention, in the same order at the same instants, once for every way of handing those three votes to
 * those three members. Each time, every table is read with raw SQL — every row and column, in the order the
 * database returns rows without ORDER BY, with the database's own row ids ({@code _ROWID_} in H2; {@code ctid} and
 * the inserting transaction {@code xmin} in PostgreSQL) — together with the whole audit chain. If any of it depended
 * on who cast which vote, some two of the six stores would differ; they are identical, so every permutation of the
 * voters is consistent with what is stored and no one can tell who voted how.
 */
class BallotUnlinkabilityTest {

    @TempDir
    Path temp;

    private static final List<List<Vote>> PERMUTATIONS = List.of(
            List.of(Vote.YES, Vote.NO, Vote.ABSTAIN), List.of(Vote.YES, Vote.ABSTAIN, Vote.NO),
            List.of(Vote.NO, Vote.YES, Vote.ABSTAIN), List.of(Vote.NO, Vote.ABSTAIN, Vote.YES),
            List.of(Vote.ABSTAIN, Vote.YES, Vote.NO), List.of(Vote.ABSTAIN, Vote.NO, Vote.YES));

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void everyPermutationOfTheVotersLeavesTheSameStore(TestStores.Kind kind) {
        List<String> dumps = new ArrayList<>();
        for (List<Vote> votes : PERMUTATIONS) {
            try (Database db = TestStores.fresh(kind, temp)) {
                List<String> members = SecretBallotTest.drawnAndInReview(db);
                SecretBallot ballot = new SecretBallot(db, CLOCK);
                List<String> present = members.subList(0, 8);
                ballot.attend("s-1", Set.copyOf(present), Set.of(EvaluationMethod.DEFENCE), SECRETARY);
                SecretBallotTest.cast(ballot, present, "app-1", votes.toArray(Vote[]::new));
                String dump = db.jdbi().withHandle(h -> dump(h, kind));
                assertTrue(dump.contains("ballot_count"), "the counts are among what is read");
                dumps.add(dump);
            }
        }
        for (int i = 1; i < dumps.size(); i++) {
            List<String> first = dumps.get(0).lines().toList();
            List<String> other = dumps.get(i).lines().toList();
            for (int line = 0; line < Math.max(first.size(), other.size()); line++) {
                String a = line < first.size() ? first.get(line) : "";
                String b = line < other.size() ? other.get(line) : "";
                assertEquals(a, b, "the store after " + PERMUTATIONS.get(i) + " differs from the store after "
                        + PERMUTATIONS.get(0) + " at line " + line + ": a vote can be linked to its voter");
            }
        }
    }

    /** Every table of the schema but the migration tool's own, with its rows as stored and the database's row ids. */
    static String dump(Handle h, TestStores.Kind kind) {
        String schema = kind == TestStores.Kind.H2 ? "PUBLIC" : "public";
        List<String> tables = h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = :s"
                        + " AND table_type IN ('BASE TABLE', 'TABLE')")
                .bind("s", schema)
                .mapTo(String.class)
                .list();
        TreeMap<String, String> out = new TreeMap<>();
        TreeSet<Long> transactions = new TreeSet<>();
        for (String table : tables) {
            if (table.toLowerCase(Locale.ROOT).startsWith("flyway_schema_history")) {
                continue; // when each migration ran and how long it took: the same for every ballot
            }
            String system = kind == TestStores.Kind.H2 ? "_ROWID_ AS row_id" : "ctid::text AS row_id,"
                    + " xmin::text::bigint AS row_xmin";
            StringBuilder rows = new StringBuilder();
            h.createQuery("SELECT " + system + ", t.* FROM " + table + " t")
                    .map((rs, ctx) -> {
                        ResultSetMetaData meta = rs.getMetaData();
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String name = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
                            if (name.equals("row_xmin")) {
                                transactions.add(rs.getLong(c));
                                row.append("xmin=@").append(rs.getLong(c)).append('|');
                            } else {
                                row.append(name).append('=').append(rs.getString(c)).append('|');
                            }
                        }
                        return row.toString();
                    })
                    .forEach(r -> rows.append(r).append('\n'));
            out.put(table.toLowerCase(Locale.ROOT), rows.toString());
        }
        String all = out.toString();
        // transaction ids run on across the databases of one server: compare them by their order only
        List<Long> order = new ArrayList<>(transactions);
        for (int i = order.size() - 1; i >= 0; i--) {
            all = all.replace("xmin=@" + order.get(i) + "|", "xmin=#" + i + "|");
        }
        return all;
    }
}
