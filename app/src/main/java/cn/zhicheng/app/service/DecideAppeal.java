package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Appeals;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Outcome;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * 决定 D-10: the provincial office's appeals officer decides a re-examination, with reasons — granted, the application
 * goes back to the expert review (GRANT_APPEAL); dismissed, the failed result stands (DISMISS_APPEAL), and the
 * decision is final (FIRST_APPEAL refuses a second request). The ruling is stored with the new stage and the audit
 * entry naming the decision's SHA-256.
 */
public final class DecideAppeal {

    public static final String DECISION = "appeal.decision";

    private final Clock clock;
    private final ApplicationActs acts;
    private final Appeals appeals = new Appeals();

    @Inject
    public DecideAppeal(Database database, Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        this.acts = new ApplicationActs(requireNonNull(database, "database is null").jdbi(), new AuditLog());
    }

    public ActResult decide(String applicationId, boolean grant, String reasons, Actor actor) {
        String stated = Texts.stated("reasons", reasons, RequestAppeal.LONGEST_TEXT);
        Appeals.Ruling ruling = grant ? Appeals.Ruling.GRANTED : Appeals.Ruling.DISMISSED;
        return acts.take(applicationId, actor, grant ? Act.GRANT_APPEAL : Act.DISMISS_APPEAL, clock.instant(),
                new ApplicationActs.Particulars() {
                    @Override
                    public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved,
                                                    Instant at) {
                        if (!appeals.decide(h, application.id(), ruling, actor.id(), stated, at)) {
                            // the stage said UNDER_APPEAL, so a request is stored; another decision got there first
                            throw new ApplicationActs.LostRace();
                        }
                        ObjectNode doc = JsonNodeFactory.instance.objectNode();
                        doc.put("kind", DECISION);
                        doc.put("application", application.id());
                        doc.put("ruling", ruling.name());
                        doc.put("decidedBy", actor.id());
                        doc.put("decidedAt", at.toString());
                        doc.put("reasons", stated);
                        return Optional.of(new Document.Digest(DECISION, CanonicalJson.sha256(doc)));
                    }
                });
    }
}
