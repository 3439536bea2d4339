package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.service.ApplicationActs.Step;
import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.FraudBars;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.applicant.Masking;
import cn.zhicheng.core.applicant.Recommender;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.InputDigest;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Stage;
import cn.zhicheng.core.review.stage.StageMachine;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 六(一) 个人申报: an applicant submits a dossier in a round. Core decides from the application's stage (a draft when
 * nothing is stored yet) whether the round takes applications that day and the applicant is not barred (决定 D-13:
 * the bars stored against their ID-number digest, {@link FraudBars}); the new
 * application and the audit entry naming the dossier's SHA-256 are stored in one transaction. A second submission of
 * one id is refused by core as repeated, also when two arrive at once (the id is the primary key).
 */
public final class SubmitApplication {

    /** The kind of document the submission's audit entry names. */
    public static final String DOSSIER = "applicant.dossier";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Applications applications = new Applications();
    private final AuditLog audit = new AuditLog();
    private final FraudBars bars = new FraudBars();
    private final ApplicationActs acts;

    @Inject
    public SubmitApplication(Database database, Clock clock) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        this.acts = new ApplicationActs(jdbi, audit);
    }

    public ActResult submit(Submission submission, Actor actor) {
        requireNonNull(submission, "submission is null");
        requireNonNull(actor, "actor is null");
        Instant at = clock.instant();
        Dossier dossier = Dossier.of(submission);
        return acts.run(() -> jdbi.inTransaction(h -> attempt(h, audit.appender(h),
                        applications.find(h, submission.id()), submission, actor, dossier, at, null, null)),
                d -> refused(submission, actor, dossier, at, d));
    }

    /** One applicant's submission, as a batch takes it. */
    public record Submitted(Submission submission, Actor actor) {
        public Submitted {
            requireNonNull(submission, "submission is null");
            requireNonNull(actor, "actor is null");
        }
    }

    /**
     * Many submissions, each as {@link #submit} takes it — its own decision by core, its own entry, a refusal
     * recorded for it alone — in transactions of many applications each.
     */
    public List<ActResult> submitAll(List<Submitted> batch) {
        Instant at = clock.instant();
        Map<String, Submitted> byId = new LinkedHashMap<>();
        Map<String, Dossier> dossiers = new HashMap<>();
        for (Submitted s : batch) {
            if (byId.put(s.submission().id(), s) != null) {
                throw new IllegalArgumentException("one application twice in a batch: " + s.submission().id());
            }
            dossiers.put(s.submission().id(), Dossier.of(s.submission()));
        }
        return acts.takeEach(List.copyOf(byId.keySet()), new ApplicationActs.Each() {
            // the chunk acted on: the masked ID numbers of its applicants that have bars, its new applications
            private ApplicationActs.Chunk current;
            private Set<String> barred;
            private Applications.Inserts inserts;

            @Override
            public Step attempt(ApplicationActs.Chunk chunk, String id) {
                if (chunk != current) {
                    current = chunk;
                    barred = bars.maskedWithBars(chunk.handle(), chunk.applicationIds().stream()
                            .map(a -> byId.get(a).submission().dossier().identity().idNumber()).toList());
                    inserts = new Applications.Inserts(chunk.handle());
                    chunk.writing(inserts::write);
                }
                Submitted s = byId.get(id);
                return SubmitApplication.this.attempt(chunk.handle(), chunk.appender(), chunk.find(id),
                        s.submission(), s.actor(), dossiers.get(id), at, barred, inserts);
            }

            @Override
            public cn.zhicheng.core.audit.Act refused(String id, Step.Declined d) {
                Submitted s = byId.get(id);
                return SubmitApplication.refused(s.submission(), s.actor(), dossiers.get(id), at, d);
            }
        });
    }

    /** The dossier as stored: its canonical JSON and the document the entry names. */
    private record Dossier(String json, Document document) {
        static Dossier of(Submission submission) {
            byte[] canonical = InputDigest.canonical(submission.dossier());
            return new Dossier(new String(canonical, StandardCharsets.UTF_8),
                    new Document.Digest(DOSSIER, CanonicalJson.sha256(canonical)));
        }
    }

    /**
     * One submission. {@code barred} null: its bars are read alone; else the masked numbers with bars, read with
     * the chunk's. {@code inserts} null: the application is inserted at once; else with the chunk's others.
     */
    private Step attempt(Handle h, AuditLog.Appender appender, Optional<StoredApplication> stored,
                         Submission submission, Actor actor, Dossier dossier, Instant at, Set<String> barred,
                         Applications.Inserts inserts) {
        Round round = acts.round(h, submission.roundId());
        Stage current = stored.map(StoredApplication::stage).orElse(Stage.DRAFT);
        Facts.Builder builder = Facts.on(ApplicationActs.day(at), round, submission.field(), submission.level());
        // 决定 D-13: a person whose title was revoked for fraud is barred; the longest bar on them decides
        String idNumber = submission.dossier().identity().idNumber();
        if (barred == null || barred.contains(Masking.middle(idNumber, 6, 4))) {
            bars.of(h, idNumber).stream().findFirst().ifPresent(bar -> builder.barredThrough(bar.lastBarredDay()));
        }
        Facts facts = builder.build();
        Outcome outcome = StageMachine.apply(current, Act.SUBMIT, actor, facts);
        if (outcome instanceof Outcome.Refused refused) {
            return new Step.Declined(refused, current);
        }
        Outcome.Moved moved = (Outcome.Moved) outcome;
        // a concurrent submission of the same id fails here on the primary key, and the retry finds it stored
        // the application is the submitting applicant's own (五(三)1), with the recommender its dossier names
        Applications.New application = new Applications.New(submission.id(), submission.roundId(),
                submission.field(), submission.level(), dossier.json(), dossier.document().sha256(), moved.to(), at,
                actor.id(), submission.dossier().recommender().map(Recommender::name));
        StoredApplication created = inserts != null ? inserts.add(application) : applications.insert(h,
                application.id(), application.roundId(), application.field(), application.level(),
                application.dossierJson(), application.dossierSha256(), application.stage(), at, actor.id(),
                application.recommenderName());
        AuditEntry entry = appender.append(ApplicationActs.audited(submission.id(), actor, Act.SUBMIT,
                moved.clause(), at, current, Optional.of(moved.to()), Optional.of(dossier.document()),
                cn.zhicheng.core.audit.Outcome.done()));
        return new Step.Landed(new ActResult.Done(created, moved, entry));
    }

    private static cn.zhicheng.core.audit.Act refused(Submission submission, Actor actor, Dossier dossier, Instant at,
                                                      Step.Declined d) {
        return ApplicationActs.audited(submission.id(), actor, Act.SUBMIT, d.refusal().clause(), at, d.at(),
                Optional.empty(), Optional.of(dossier.document()),
                cn.zhicheng.core.audit.Outcome.refused(d.refusal().reason().key()));
    }
}
