package cn.zhicheng.app.store;

import static cn.zhicheng.app.store.Applications.utc;

import cn.zhicheng.core.calendar.Publicity;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Publicity periods that a later posting of the same kind replaced: an application returned for correction
 * (六(三), 决定 D-6), resubmitted and recommended again is publicised again (六(二)). The earlier period is kept as it
 * was, with the instant it was replaced, so the store still shows every period ever posted.
 */
public final class ReplacedPublicities {

    /**
     * Moves the period of {@code kind} posted for the application, if any, aside, so that a new one can be posted;
     * in the caller's transaction, beside the new posting.
     */
    public int setAside(Handle h, String applicationId, Publicity.Kind kind, Instant at) {
        int kept = h.createUpdate("INSERT INTO publicity_replaced (application_id, kind, posted_on, working_days,"
                        + " first_day, last_day, replaced_at) SELECT application_id, kind, posted_on, working_days,"
                        + " first_day, last_day, CAST(:at AS TIMESTAMP WITH TIME ZONE) FROM publicity"
                        + " WHERE application_id = :app AND kind = :kind")
                .bind("at", utc(at))
                .bind("app", applicationId)
                .bind("kind", kind.name())
                .execute();
        int removed = h.createUpdate("DELETE FROM publicity WHERE application_id = :app AND kind = :kind")
                .bind("app", applicationId)
                .bind("kind", kind.name())
                .execute();
        if (kept != removed) {
            throw new IllegalStateException("publicity of " + applicationId + " changed while being set aside");
        }
        return kept;
    }

    /**
     * {@link #setAside} for many applications at once, as two batches of statements in the caller's transaction;
     * returns how many periods were set aside in all.
     */
    public int setAsideAll(Handle h, List<String> applicationIds, Publicity.Kind kind, Instant at) {
        if (applicationIds.isEmpty()) {
            return 0;
        }
        PreparedBatch keep = h.prepareBatch("INSERT INTO publicity_replaced (application_id, kind, posted_on,"
                + " working_days, first_day, last_day, replaced_at) SELECT application_id, kind, posted_on,"
                + " working_days, first_day, last_day, CAST(:at AS TIMESTAMP WITH TIME ZONE) FROM publicity"
                + " WHERE application_id = :app AND kind = :kind");
        PreparedBatch remove = h.prepareBatch("DELETE FROM publicity WHERE application_id = :app AND kind = :kind");
        for (String id : applicationIds) {
            keep.bind("at", utc(at)).bind("app", id).bind("kind", kind.name()).add();
            remove.bind("app", id).bind("kind", kind.name()).add();
        }
        int[] kept = keep.execute();
        int[] removed = remove.execute();
        int total = 0;
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] != removed[i]) {
                throw new IllegalStateException("publicity of " + applicationIds.get(i)
                        + " changed while being set aside");
            }
            total += kept[i];
        }
        return total;
    }

    /** How many periods of the application were replaced. */
    public int count(Handle h, String applicationId) {
        return h.createQuery("SELECT COUNT(*) FROM publicity_replaced WHERE application_id = :app")
                .bind("app", applicationId)
                .mapTo(Integer.class)
                .one();
    }
}
