package cn.zhicheng.app.store;

import static cn.zhicheng.app.store.Applications.utc;

import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/**
 * Requests for re-examination (复查, 决定 D-10) and their decisions: one per application, which belongs to one round,
 * so one per round. Every method works in the caller's transaction.
 */
public final class Appeals {

    /** The ruling of the appeals officer. */
    public enum Ruling {
        GRANTED,
        DISMISSED
    }

    /** Whether the application has had a re-examination requested already. */
    public boolean requested(Handle h, String applicationId) {
        return h.createQuery("SELECT COUNT(*) FROM appeal WHERE application_id = :app")
                .bind("app", applicationId)
                .mapTo(Integer.class)
                .one() > 0;
    }

    /** Stores a request; a second one for the application fails on the primary key. */
    public void request(Handle h, String applicationId, String roundId, String by, String grounds, LocalDate lastDay,
                        Instant at) {
        h.createUpdate("INSERT INTO appeal (application_id, round_id, requested_at, requested_by, grounds, last_day)"
                        + " VALUES (:app, :round, :at, :by, :grounds, :last)")
                .bind("app", applicationId)
                .bind("round", roundId)
                .bind("at", utc(at))
                .bind("by", by)
                .bind("grounds", grounds)
                .bind("last", lastDay)
                .execute();
    }

    /** Records the decision once: false when there is no undecided request. */
    public boolean decide(Handle h, String applicationId, Ruling ruling, String by, String reasons, Instant at) {
        return h.createUpdate("UPDATE appeal SET ruling = :ruling, decided_at = :at, decided_by = :by,"
                        + " reasons = :reasons WHERE application_id = :app AND ruling IS NULL")
                .bind("ruling", ruling.name())
                .bind("at", utc(at))
                .bind("by", by)
                .bind("reasons", reasons)
                .bind("app", applicationId)
                .execute() == 1;
    }
}
