package cn.zhicheng.app.store;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.review.committee.Counts;
import cn.zhicheng.core.review.committee.ResultConfirmation;
import cn.zhicheng.core.review.committee.Tally;
import cn.zhicheng.core.review.committee.Vote;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The secret ballot as stored (七(二) 无记名投票, 决定 D-7): who has voted ({@code ballot_participation}) kept apart
 * from what was voted ({@code ballot_count}, three counts per application, changed in place). No ballot is ever a
 * row, so nothing stored — no row, row order, row id, time or sequence — ties a vote to the member who cast it. This
 * class has no method that takes a member and a vote together except {@link #cast} and {@link Casting#cast}, which
 * write them to the two tables apart, and no method that reads them together.
 */
public final class Ballots {

    /** Opens the box: a count of zero for every application of the session. */
    public void open(Handle h, String sessionId, List<String> applications) {
        PreparedBatch b = h.prepareBatch("INSERT INTO ballot_count (session_id, application_id, yes_count, no_count,"
                + " abstain_count) VALUES (:s, :a, 0, 0, 0)");
        applications.stream().sorted().forEach(a -> b.bind("s", sessionId).bind("a", a).add());
        b.execute();
    }

    /** Records that {@code member} has voted on the application, and adds the vote to its counts, apart. */
    public void cast(Handle h, String sessionId, String applicationId, String member, Vote vote) {
        h.createUpdate("INSERT INTO ballot_participation (session_id, application_id, expert_id)"
                        + " VALUES (:s, :a, :e)")
                .bind("s", sessionId)
                .bind("a", applicationId)
                .bind("e", member)
                .execute();
        String column = switch (vote) {
            case YES -> "yes_count";
            case NO -> "no_count";
            case ABSTAIN -> "abstain_count";
        };
        int rows = h.createUpdate("UPDATE ballot_count SET " + column + " = " + column + " + 1"
                        + " WHERE session_id = :s AND application_id = :a")
                .bind("s", sessionId)
                .bind("a", applicationId)
                .execute();
        if (rows != 1) {
            throw new IllegalStateException("application " + applicationId + " has no ballot count");
        }
    }

    /**
     * Many ballots of one session written together, in the caller's transaction: who voted as one batch of rows,
     * and the votes added to each application's counts as one update per application, so a batch of ballots stores
     * even less order than one ballot at a time. Nothing is written before {@link #write}.
     */
    public static final class Casting {
        private final Handle h;
        private final String sessionId;
        private final List<String[]> voted = new ArrayList<>();
        private final SortedMap<String, int[]> added = new TreeMap<>();

        public Casting(Handle h, String sessionId) {
            this.h = h;
            this.sessionId = sessionId;
        }

        /** Adds that {@code member} has voted on the application, and the vote to its counts, apart. */
        public void cast(String applicationId, String member, Vote vote) {
            voted.add(new String[] {applicationId, member});
            added.computeIfAbsent(applicationId, a -> new int[3])[vote.ordinal()]++;
        }

        /** Writes what was cast since the last call. */
        public void write() {
            if (voted.isEmpty()) {
                return;
            }
            PreparedBatch participation = h.prepareBatch("INSERT INTO ballot_participation (session_id,"
                    + " application_id, expert_id) VALUES (:s, :a, :e)");
            voted.forEach(v -> participation.bind("s", sessionId).bind("a", v[0]).bind("e", v[1]).add());
            participation.execute();
            PreparedBatch counts = h.prepareBatch("UPDATE ballot_count SET yes_count = yes_count + :yes,"
                    + " no_count = no_count + :no, abstain_count = abstain_count + :abstain"
                    + " WHERE session_id = :s AND application_id = :a");
            added.forEach((a, n) -> counts.bind("yes", n[Vote.YES.ordinal()]).bind("no", n[Vote.NO.ordinal()])
                    .bind("abstain", n[Vote.ABSTAIN.ordinal()]).bind("s", sessionId).bind("a", a).add());
            int[] rows = counts.execute();
            List<String> applications = List.copyOf(added.keySet());
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] != 1) {
                    throw new IllegalStateException("application " + applications.get(i) + " has no ballot count");
                }
            }
            voted.clear();
            added.clear();
        }
    }

    /** Who has voted on each application (turnout only), by application and member id. */
    public SortedMap<String, Set<String>> voted(Handle h, String sessionId, List<String> applications) {
        SortedMap<String, Set<String>> voted = new TreeMap<>();
        applications.forEach(a -> voted.put(a, new TreeSet<>()));
        h.createQuery("SELECT application_id, expert_id FROM ballot_participation WHERE session_id = :s")
                .bind("s", sessionId)
                .map((rs, ctx) -> Map.entry(rs.getString("application_id"), rs.getString("expert_id")))
                .forEach(e -> voted.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue()));
        return voted;
    }

    /** What was cast on each application, as counts. */
    public SortedMap<String, Counts> counts(Handle h, String sessionId) {
        SortedMap<String, Counts> counts = new TreeMap<>();
        h.createQuery("SELECT application_id, yes_count, no_count, abstain_count FROM ballot_count"
                        + " WHERE session_id = :s")
                .bind("s", sessionId)
                .map((rs, ctx) -> Map.entry(rs.getString("application_id"), new Counts(rs.getInt("yes_count"),
                        rs.getInt("no_count"), rs.getInt("abstain_count"))))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static final String TALLY = "INSERT INTO ballot_tally (session_id, application_id, tally_result,"
            + " present_count, recused_count, pass_mark, explanation_key, explanation_args) VALUES (:s, :a, :r, :p,"
            + " :x, :m, :k, :args)";

    /** Stores the tallies of a closed box, as one batch of rows. */
    public void saveTallies(Handle h, String sessionId, Collection<Tally> tallies) {
        if (tallies.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(TALLY);
        tallies.forEach(t -> bindTally(batch, sessionId, t).add());
        batch.execute();
    }

    public void saveTally(Handle h, String sessionId, Tally t) {
        bindTally(h.createUpdate(TALLY), sessionId, t).execute();
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindTally(S statement, String sessionId,
                                                                                      Tally t) {
        ArrayNode args = JsonNodeFactory.instance.arrayNode();
        t.explanation().args().forEach(a -> args.add(String.valueOf(a)));
        return statement
                .bind("s", sessionId)
                .bind("a", t.applicationId())
                .bind("r", t.result().name())
                .bind("p", t.present())
                .bind("x", t.recused())
                .bind("m", t.passMark())
                .bind("k", t.explanation().key())
                .bind("args", new String(CanonicalJson.bytes(args), StandardCharsets.UTF_8));
    }

    /** The stored tally of one application: result, pass mark, and the explanation's key with its arguments. */
    public record StoredTally(String applicationId, String result, int present, int recused, int passMark,
                              String explanationKey, String explanationArgs) {
    }

    public List<StoredTally> tallies(Handle h, String sessionId) {
        return h.createQuery("SELECT application_id, tally_result, present_count, recused_count, pass_mark,"
                        + " explanation_key, explanation_args FROM ballot_tally WHERE session_id = :s"
                        + " ORDER BY application_id")
                .bind("s", sessionId)
                .map((rs, ctx) -> new StoredTally(rs.getString("application_id"), rs.getString("tally_result"),
                        rs.getInt("present_count"), rs.getInt("recused_count"), rs.getInt("pass_mark"),
                        rs.getString("explanation_key"), rs.getString("explanation_args")))
                .list();
    }

    public void confirm(Handle h, String sessionId, ResultConfirmation.Confirmation c, Instant at) {
        h.createUpdate("INSERT INTO result_confirmation (session_id, expert_id, result_sha256, confirmed_at)"
                        + " VALUES (:s, :e, :sha, :at)")
                .bind("s", sessionId)
                .bind("e", c.member())
                .bind("sha", c.resultSha256())
                .bind("at", Applications.utc(at))
                .execute();
    }

    /** The members' confirmations, by member id. */
    public List<ResultConfirmation.Confirmation> confirmations(Handle h, String sessionId) {
        return h.createQuery("SELECT expert_id, result_sha256 FROM result_confirmation WHERE session_id = :s"
                        + " ORDER BY expert_id")
                .bind("s", sessionId)
                .map((rs, ctx) -> new ResultConfirmation.Confirmation(rs.getString("expert_id"),
                        rs.getString("result_sha256")))
                .list();
    }

    /** Members who have confirmed, by id. */
    public SortedSet<String> confirmedBy(Handle h, String sessionId) {
        SortedSet<String> members = new TreeSet<>();
        confirmations(h, sessionId).forEach(c -> members.add(c.member()));
        return members;
    }
}
