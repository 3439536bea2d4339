package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Outcome;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Acts on all of a session's applications together (六(四): the session begins the review of all of them, and
 * records the vote on all of them): every act in one transaction, with whatever the session stores beside them. If
 * core refuses any one of them, none lands — the transaction rolls back — and the refusal is audited on that
 * application alone, as {@link ApplicationActs} does for a single act.
 */
final class SessionBatch {

    /** One act on one application inside the batch's transaction. */
    interface Attempt {
        ApplicationActs.Step attempt(ApplicationActs.Chunk chunk, String applicationId, Act act);
    }

    /** The act each application takes (the same act for all, or one decided per application). */
    interface Acts {
        Act of(Handle h, String applicationId);
    }

    /** What the batch stores beside the moves, in the same transaction, once all of them landed. */
    interface After {
        void store(Handle h, List<ActResult.Done> done);
    }

    /** Which applications the batch acts on, read in its transaction. */
    interface Applications {
        List<String> of(Handle h);
    }

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final ApplicationActs acts;

    SessionBatch(Jdbi jdbi, AuditLog audit) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.acts = new ApplicationActs(jdbi, audit);
    }

    List<ActResult> run(Actor actor, Instant at, Applications applications, Acts acts, Attempt attempt, After after) {
        try {
            return ApplicationActs.retrying(() -> jdbi.inTransaction(h -> {
                List<ActResult.Done> done = new ArrayList<>();
                List<String> ids = applications.of(h);
                // the applications are read at once; the moves and their entries are written together before
                // what the batch stores after
                ApplicationActs.Chunk chunk = this.acts.chunk(h, ids);
                for (String id : ids) {
                    Act act = acts.of(h, id);
                    ApplicationActs.Step step = attempt.attempt(chunk, id, act);
                    if (step instanceof ApplicationActs.Step.Declined d) {
                        throw new DeclinedIn(id, act, d);
                    }
                    done.add(((ApplicationActs.Step.Landed) step).done());
                }
                chunk.flush();
                after.store(h, done);
                return List.<ActResult>copyOf(done);
            }));
        } catch (DeclinedIn e) {
            cn.zhicheng.core.audit.Act refusal = ApplicationActs.audited(e.applicationId, actor, e.act,
                    e.declined.refusal().clause(), at, e.declined.at(), Optional.empty(), Optional.empty(),
                    Outcome.refused(e.declined.refusal().reason().key()));
            AuditEntry entry = ApplicationActs.retrying(() -> jdbi.inTransaction(h -> audit.append(h, refusal)));
            return List.of(new ActResult.Refused(e.declined.refusal(), entry));
        }
    }

    /** Rolls the batch back when core refused one of its acts. */
    private static final class DeclinedIn extends RuntimeException {
        private final String applicationId;
        private final transient Act act;
        private final transient ApplicationActs.Step.Declined declined;

        DeclinedIn(String applicationId, Act act, ApplicationActs.Step.Declined declined) {
            super("declined", null, false, false);
            this.applicationId = applicationId;
            this.act = act;
            this.declined = declined;
        }
    }
}
