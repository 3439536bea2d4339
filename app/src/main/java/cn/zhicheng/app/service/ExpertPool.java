package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Experts;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The expert pool of 七(三): the provincial office (or an association, for its delegated rounds) registers experts
 * with their fields, title level, employer and declared relations. Registering an expert already in the pool
 * replaces their record — a relation declared later then counts in every later act (决定 D-9). Each registration is
 * audited with the SHA-256 of the record, all in one transaction.
 */
public final class ExpertPool {

    /** The largest pool: a draw reads it whole, in one query. */
    public static final int LARGEST_POOL = 100_000;

    static final Clause CLAUSE = Clause.notice("七(三)");

    private final Clock clock;
    private final SessionActs acts;
    private final Experts experts = new Experts();

    @Inject
    public ExpertPool(Database database, Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        this.acts = new SessionActs(requireNonNull(database, "database is null").jdbi(), new AuditLog());
    }

    /** How many experts were new to the pool and how many records were replaced. */
    public record Registered(int added, int replaced, int poolSize) {
    }

    public Registered register(List<Expert> entries, Actor actor) {
        requireNonNull(entries, "entries is null");
        Instant at = clock.instant();
        return acts.take("expert-pool", actor, "committee.expert.register", at, h -> {
            SessionActs.requireRole(actor, CLAUSE, Role.PROVINCIAL_OFFICE, Role.ASSOCIATION);
            int added = 0;
            int replaced = 0;
            for (Expert e : entries) {
                Optional<Experts.Stored> stored = experts.find(h, e.id());
                if (stored.isEmpty()) {
                    experts.insert(h, e);
                    added++;
                } else if (!experts.replace(h, e, stored.get().version())) {
                    throw new ApplicationActs.LostRace();
                } else {
                    replaced++;
                }
                acts.done(h, e.id(), actor, "committee.expert.register", CLAUSE, at, Optional.empty(),
                        Optional.empty(), Optional.of(Document.Embedded.of("committee.expert", Experts.tree(e))));
            }
            int size = experts.count(h);
            if (size > LARGEST_POOL) {
                throw new cn.zhicheng.core.review.committee.Refused(cn.zhicheng.core.eligibility.Message.of(
                        "committee.pool.tooLarge", size, LARGEST_POOL), List.of(CLAUSE));
            }
            return new Registered(added, replaced, size);
        });
    }
}
