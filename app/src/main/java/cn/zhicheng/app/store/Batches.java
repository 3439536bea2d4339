package cn.zhicheng.app.store;

import static cn.zhicheng.app.store.Applications.instant;
import static cn.zhicheng.app.store.Applications.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The batches local HR offices send to the province (六(二): 经当地人社部门审核汇总后报送): who sent it, when, and every
 * application listed, sent or refused with the clause and reason. Works in the caller's transaction.
 */
public final class Batches {

    /** One listed application: its place in the list, and whether it was sent or refused, and under which clause. */
    public record Member(int number, String applicationId, boolean sent, String clause, Optional<String> reasonKey) {
    }

    /** A stored batch. */
    public record Stored(String id, String office, Instant sentAt, List<Member> members) {
    }

    public boolean exists(Handle h, String id) {
        return h.createQuery("SELECT COUNT(*) FROM aggregation_batch WHERE id = :id")
                .bind("id", id)
                .mapTo(Integer.class)
                .one() > 0;
    }

    /** Stores a batch with its members; a second batch of one id fails on the primary key. */
    public void insert(Handle h, String id, String office, Instant sentAt, List<Member> members) {
        long sent = members.stream().filter(Member::sent).count();
        h.createUpdate("INSERT INTO aggregation_batch (id, office, sent_at, sent, refused)"
                        + " VALUES (:id, :office, :at, :sent, :refused)")
                .bind("id", id)
                .bind("office", office)
                .bind("at", utc(sentAt))
                .bind("sent", sent)
                .bind("refused", members.size() - sent)
                .execute();
        if (members.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO aggregation_member (batch_id, member_no, application_id,"
                + " outcome, clause, reason_key) VALUES (:batch, :no, :app, :outcome, :clause, :reason)");
        for (Member m : members) {
            batch.bind("batch", id)
                    .bind("no", m.number())
                    .bind("app", m.applicationId())
                    .bind("outcome", m.sent() ? "SENT" : "REFUSED")
                    .bind("clause", m.clause())
                    .bind("reason", m.reasonKey().orElse(null))
                    .add();
        }
        batch.execute();
    }

    public Optional<Stored> find(Handle h, String id) {
        List<Member> members = h.createQuery("SELECT * FROM aggregation_member WHERE batch_id = :id"
                        + " ORDER BY member_no")
                .bind("id", id)
                .map((rs, ctx) -> new Member(rs.getInt("member_no"), rs.getString("application_id"),
                        "SENT".equals(rs.getString("outcome")), rs.getString("clause"),
                        Optional.ofNullable(rs.getString("reason_key"))))
                .list();
        return h.createQuery("SELECT office, sent_at FROM aggregation_batch WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(id, rs.getString("office"), instant(rs, "sent_at"), members))
                .findOne();
    }
}
