package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.service.ApplicationActs.Step;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Batches;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 六(二) 经公示无异议后，经当地人社部门审核汇总后报送到省人力资源和社会保障厅: a local HR office aggregates the
 * applications whose recommendation publicity has ended with no objection open into one batch sent to the province.
 *
 * <p>The batch lands the applications core accepts and lists the others with the clause and reason that refused
 * them: one application's open objection must not hold back everyone else's (决定 D-6 blocks that application, not
 * the office). It is still one transaction: every accepted application is moved with its audit entry, every refused
 * one gets the audit entry of its refusal, and the batch is stored with all its members — or, when a concurrent act
 * changed a member meanwhile, nothing is, and the whole batch is decided again on what is stored then. So each
 * application is either fully moved or untouched. When core refuses every member, no batch is stored, only the
 * refusals. An id the store does not hold refuses the whole list before anything is decided.
 */
public final class AggregateBatch {

    /** The kind of document each member's audit entry names. */
    public static final String DOCUMENT = "review.batch";
    /** At most this many applications in one batch. */
    public static final int MAXIMUM_MEMBERS = 500;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** One listed application and what its aggregation came to. */
    public record Member(String applicationId, ActResult result) {
    }

    /** The batch as decided: its id, office and time, and every member in the order listed. */
    public record Batch(String id, String office, Instant sentAt, List<Member> members) {

        public Batch {
            members = List.copyOf(members);
        }

        /** The members moved to the province. */
        public List<Member> sent() {
            return members.stream().filter(m -> m.result() instanceof ActResult.Done).toList();
        }

        /** The members core refused, with their reasons. */
        public List<Member> refused() {
            return members.stream().filter(m -> m.result() instanceof ActResult.Refused).toList();
        }

        /** Whether the batch was stored: at least one member was sent. */
        public boolean stored() {
            return !sent().isEmpty();
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final PublicityFacts publicity;
    private final AuditLog audit = new AuditLog();
    private final ApplicationActs acts;
    private final Batches batches = new Batches();

    @Inject
    public AggregateBatch(Database database, Clock clock, WorkingDays calendar) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        this.publicity = new PublicityFacts(calendar);
        this.acts = new ApplicationActs(jdbi, audit);
    }

    /** Aggregates {@code applicationIds}, in that order, into batch {@code batchId} sent by the office {@code actor}. */
    public Batch aggregate(String batchId, Actor actor, List<String> applicationIds) {
        requireNonNull(actor, "actor is null");
        List<String> ids = checked(batchId, applicationIds);
        Instant at = clock.instant();
        Document document = Document.Embedded.of(DOCUMENT, json(batchId, actor.id(), at));
        ApplicationActs.Particulars particulars = new ApplicationActs.Particulars() {
            @Override
            public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
                return publicity.fill(h, application.id(), Publicity.Kind.RECOMMENDATION, ApplicationActs.day(at),
                        facts);
            }

            @Override
            public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved,
                                            Instant when) {
                return Optional.of(document);
            }

            @Override
            public Optional<Document> refused() {
                return Optional.of(document);
            }
        };
        return ApplicationActs.retrying(() -> jdbi.inTransaction(h -> {
            if (batches.exists(h, batchId)) {
                throw new ParticularsRefused(Refusal.of("review.batch.exists", batchId));
            }
            List<Member> members = new ArrayList<>();
            List<Batches.Member> stored = new ArrayList<>();
            // the members are read at once; their moves and entries are written together before the batch
            ApplicationActs.Chunk chunk = acts.chunk(h, ids);
            for (String id : ids) {
                Step step = acts.attempt(chunk, id, actor, Act.AGGREGATE, at, particulars);
                ActResult result;
                if (step instanceof Step.Declined d) {
                    AuditEntry entry = chunk.appender().append(ApplicationActs.audited(id, actor, Act.AGGREGATE,
                            d.refusal().clause(), at, d.at(), Optional.empty(), Optional.of(document),
                            cn.zhicheng.core.audit.Outcome.refused(d.refusal().reason().key())));
                    result = new ActResult.Refused(d.refusal(), entry);
                    stored.add(new Batches.Member(members.size() + 1, id, false, d.refusal().clause().toString(),
                            Optional.of(d.refusal().reason().key())));
                } else {
                    ActResult.Done done = ((Step.Landed) step).done();
                    result = done;
                    stored.add(new Batches.Member(members.size() + 1, id, true, done.moved().clause().toString(),
                            Optional.empty()));
                }
                members.add(new Member(id, result));
            }
            chunk.flush();
            Batch batch = new Batch(batchId, actor.id(), at, members);
            if (batch.stored()) {
                batches.insert(h, batchId, actor.id(), at, stored);
            }
            return batch;
        }));
    }

    /** The batch's id and list, checked as input: a plain id, 1 to {@value #MAXIMUM_MEMBERS} applications, none twice. */
    private static List<String> checked(String batchId, List<String> applicationIds) {
        if (batchId == null || !ID.matcher(batchId).matches()) {
            throw new ParticularsRefused(Refusal.of("review.batch.id", batchId == null ? "" : batchId));
        }
        if (applicationIds.isEmpty() || applicationIds.size() > MAXIMUM_MEMBERS) {
            throw new ParticularsRefused(Refusal.of("review.batch.size", applicationIds.size(), MAXIMUM_MEMBERS));
        }
        Set<String> seen = new HashSet<>();
        for (String id : applicationIds) {
            if (!seen.add(id)) {
                throw new ParticularsRefused(Refusal.of("review.batch.twice", id));
            }
        }
        return List.copyOf(applicationIds);
    }

    static ObjectNode json(String batchId, String office, Instant at) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("batch", batchId);
        node.put("office", office);
        node.put("sentAt", at.toString());
        return node;
    }
}
