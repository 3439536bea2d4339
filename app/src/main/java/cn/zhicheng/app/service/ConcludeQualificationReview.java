package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.service.ApplicationActs.Step;
import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.QualificationReviews;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.calendar.DateBeyondCalendar;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.DecisionJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Conclusion;
import cn.zhicheng.core.review.stage.CorrectionDeadline;
import cn.zhicheng.core.review.stage.EvidenceVerdict;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.QualificationReview;
import cn.zhicheng.core.review.stage.StageMachine;
import cn.zhicheng.core.ruleset.RuleBook;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 六(三) 资格审核, concluded: the eligibility engine is run again on the stored dossier, as of the round's cut-off date
 * under the rule set in force on that date (三; 决定 D-17), and core concludes from that decision and the reviewer's
 * verdict on each piece of evidence ({@link QualificationReview#conclude}). The conclusion picks the act — QUALIFY,
 * RETURN_FOR_CORRECTION (with the corrections and the day to correct by) or REFUSE_AT_QUALIFICATION — and the
 * decision's canonical bytes, the verdicts and the new stage commit with the audit entry naming the decision's
 * SHA-256, in one transaction. A review that cannot conclude (a verdict on evidence the dossier does not hold, two
 * verdicts on one piece, evidence the decision relied on left unjudged) is refused with every problem, and only the
 * refusal is recorded.
 */
public final class ConcludeQualificationReview {

    /** The kind of document a concluded review's audit entry names: the decision record. */
    public static final String DECISION = "qualification.decision";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Decisions decisions;
    private final WorkingDays calendar;
    private final StoredDossiers dossiers;
    private final ApplicationActs acts;
    private final Applications applications = new Applications();
    private final QualificationReviews reviews = new QualificationReviews();
    private final AuditLog audit = new AuditLog();

    @Inject
    public ConcludeQualificationReview(Database database, Clock clock, Decisions decisions, StrictReader reader,
                                       WorkingDays calendar) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        this.decisions = requireNonNull(decisions, "decisions is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.dossiers = new StoredDossiers(reader);
        this.acts = new ApplicationActs(jdbi, audit);
    }

    /**
     * Concludes the review of an application with the reviewer's verdicts; a return gives the applicant
     * {@code correctionDays} days to resubmit ({@link CorrectionDeadline}).
     */
    public QualificationResult conclude(String applicationId, Actor actor, List<EvidenceVerdict> verdicts,
                                        int correctionDays) {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(actor, "actor is null");
        List<EvidenceVerdict> given = List.copyOf(verdicts);
        if (correctionDays < CorrectionDeadline.FEWEST_DAYS || correctionDays > CorrectionDeadline.MOST_DAYS) {
            throw new IllegalArgumentException("correctionDays out of range: " + correctionDays);
        }
        Instant at = clock.instant();
        AtomicReference<Act> act = new AtomicReference<>();
        AtomicReference<DecisionRecord> decision = new AtomicReference<>();
        AtomicReference<CorrectionDeadline> deadline = new AtomicReference<>();
        ActResult result = acts.run(() -> jdbi.inTransaction(h -> {
            act.set(Act.QUALIFY);
            decision.set(null);
            deadline.set(null);
            return attempt(h, audit.appender(h), null, null, applicationId, actor, given, correctionDays, at, act,
                    decision, deadline);
        }), d -> ApplicationActs.audited(applicationId, actor, act.get(), d.refusal().clause(), at, d.at(),
                Optional.empty(), Optional.ofNullable(decision.get()).map(ConcludeQualificationReview::document),
                cn.zhicheng.core.audit.Outcome.refused(d.refusal().reason().key())));
        return new QualificationResult(result, Optional.ofNullable(decision.get()),
                Optional.ofNullable(deadline.get()));
    }

    /** One reviewer's conclusion on one application, as a batch takes it. */
    public record Review(String applicationId, Actor actor, List<EvidenceVerdict> verdicts, int correctionDays) {
        public Review {
            requireNonNull(applicationId, "applicationId is null");
            requireNonNull(actor, "actor is null");
            verdicts = List.copyOf(verdicts);
            if (correctionDays < CorrectionDeadline.FEWEST_DAYS || correctionDays > CorrectionDeadline.MOST_DAYS) {
                throw new IllegalArgumentException("correctionDays out of range: " + correctionDays);
            }
        }
    }

    /**
     * Concludes many reviews, each as {@link #conclude} does — the engine run again on the stored dossier, core's
     * own conclusion, its own entry, a refusal recorded for that application alone — in transactions of many
     * applications each. The results are in the order of the reviews.
     */
    public List<QualificationResult> concludeAll(List<Review> reviews) {
        Instant at = clock.instant();
        Map<String, Review> byId = new LinkedHashMap<>();
        for (Review r : reviews) {
            if (byId.put(r.applicationId(), r) != null) {
                throw new IllegalArgumentException("one application twice in a batch: " + r.applicationId());
            }
        }
        Map<String, AtomicReference<Act>> acted = new HashMap<>();
        Map<String, AtomicReference<DecisionRecord>> decided = new HashMap<>();
        Map<String, AtomicReference<CorrectionDeadline>> deadlines = new HashMap<>();
        byId.keySet().forEach(id -> {
            acted.put(id, new AtomicReference<>());
            decided.put(id, new AtomicReference<>());
            deadlines.put(id, new AtomicReference<>());
        });
        List<ActResult> results = acts.takeEach(List.copyOf(byId.keySet()), new ApplicationActs.Each() {
            // the chunk the reviews are written with, and its writing
            private ApplicationActs.Chunk current;
            private QualificationReviews.Writing writing;

            @Override
            public Step attempt(ApplicationActs.Chunk chunk, String id) {
                if (chunk != current) {
                    current = chunk;
                    writing = new QualificationReviews.Writing(chunk.handle(), chunk.applicationIds());
                    chunk.writing(writing::write);
                }
                Review r = byId.get(id);
                acted.get(id).set(Act.QUALIFY);
                decided.get(id).set(null);
                deadlines.get(id).set(null);
                return ConcludeQualificationReview.this.attempt(chunk.handle(), chunk.appender(), chunk, writing,
                        id, r.actor(), r.verdicts(), r.correctionDays(), at, acted.get(id), decided.get(id),
                        deadlines.get(id));
            }

            @Override
            public cn.zhicheng.core.audit.Act refused(String id, Step.Declined d) {
                return ApplicationActs.audited(id, byId.get(id).actor(), acted.get(id).get(), d.refusal().clause(),
                        at, d.at(), Optional.empty(), Optional.ofNullable(decided.get(id).get())
                                .map(ConcludeQualificationReview::document),
                        cn.zhicheng.core.audit.Outcome.refused(d.refusal().reason().key()));
            }
        });
        List<QualificationResult> concluded = new ArrayList<>(results.size());
        List<String> ids = List.copyOf(byId.keySet());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            concluded.add(new QualificationResult(results.get(i), Optional.ofNullable(decided.get(id).get()),
                    Optional.ofNullable(deadlines.get(id).get())));
        }
        return concluded;
    }

    private Step attempt(Handle h, AuditLog.Appender appender, ApplicationActs.Chunk chunk,
                         QualificationReviews.Writing writing, String applicationId,
                         Actor actor, List<EvidenceVerdict> verdicts,
                         int correctionDays, Instant at, AtomicReference<Act> act,
                         AtomicReference<DecisionRecord> decision, AtomicReference<CorrectionDeadline> deadline) {
        StoredApplication stored = chunk != null ? chunk.application(applicationId) : applications.find(h,
                applicationId).orElseThrow(() -> NotFound.application(applicationId));
        Facts base = acts.baseFacts(h, stored, at).build();
        // the stage, the role, the running body and the round's authority are the same for all three acts that
        // conclude: a refusal on those comes first, before any decision is made
        Outcome probe = StageMachine.apply(stored.stage(), Act.QUALIFY, actor, base);
        if (probe instanceof Outcome.Refused r && r.refusal() != Outcome.Refusal.GUARD_FAILED) {
            return new Step.Declined(r, stored.stage());
        }
        Round round = base.round();
        RuleBook.Lookup lookup = decisions.criteria(stored.field(), round.cutOff());
        if (!(lookup instanceof RuleBook.InForce inForce)) {
            return declined(stored, Message.of("qualification.noCriteria", stored.field(), round.cutOff(),
                    round.id()), Round.CLAUSE);
        }
        ApplicantFile dossier = chunk != null ? dossiers.read(chunk, stored) : dossiers.read(h, stored);
        // 三, 决定 D-17: as of the round's cut-off, achievement windows counted back from it
        DecisionRecord made = decisions.decide(dossier, inForce.criteria(), stored.level(), round.cutOff(),
                round.cutOff());
        decision.set(made);
        Conclusion conclusion = QualificationReview.conclude(made, verdicts, dossier.evidenceIds());
        if (conclusion instanceof Conclusion.NotConcludable n) {
            return declined(stored, Message.of("qualification.notConcludable", n.problems()), Conclusion.CLAUSE);
        }
        Optional<CorrectionDeadline> correctBy = Optional.empty();
        if (conclusion instanceof Conclusion.Returned) {
            try {
                correctBy = Optional.of(CorrectionDeadline.after(calendar, ApplicationActs.day(at), correctionDays));
            } catch (DateBeyondCalendar e) {
                return declined(stored, e.message(), Clause.decision(5));
            }
            deadline.set(correctBy.get());
        }
        act.set(actFor(conclusion));
        Recorded recorded = new Recorded(made, verdicts, conclusion, correctBy, actor, writing);
        return chunk != null ? acts.attempt(chunk, applicationId, actor, act.get(), at, recorded)
                : acts.attempt(h, appender, applicationId, actor, act.get(), at, recorded);
    }

    private static Step declined(StoredApplication stored, Message reason, Clause clause) {
        return new Step.Declined(new Outcome.Refused(Outcome.Refusal.GUARD_FAILED, reason, clause, Optional.empty()),
                stored.stage());
    }

    private static Act actFor(Conclusion c) {
        if (c instanceof Conclusion.Qualified) {
            return Act.QUALIFY;
        }
        if (c instanceof Conclusion.Returned) {
            return Act.RETURN_FOR_CORRECTION;
        }
        return Act.REFUSE_AT_QUALIFICATION;
    }

    private static Document document(DecisionRecord d) {
        return new Document.Digest(DECISION, CanonicalJson.sha256(DecisionJson.bytes(d)));
    }

    /** The review's particulars: its conclusion for the guards, its decision and verdicts stored beside the move. */
    private final class Recorded implements ApplicationActs.Particulars {
        private final DecisionRecord decision;
        private final List<EvidenceVerdict> verdicts;
        private final Conclusion conclusion;
        private final Optional<CorrectionDeadline> correctBy;
        private final Actor reviewer;
        private final QualificationReviews.Writing writing;

        /** {@code writing} null: the review is inserted at once, not with a chunk's others. */
        Recorded(DecisionRecord decision, List<EvidenceVerdict> verdicts, Conclusion conclusion,
                 Optional<CorrectionDeadline> correctBy, Actor reviewer, QualificationReviews.Writing writing) {
            this.writing = writing;
            this.decision = decision;
            this.verdicts = verdicts;
            this.conclusion = conclusion;
            this.correctBy = correctBy;
            this.reviewer = reviewer;
        }

        @Override
        public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
            facts.qualification(conclusion);
            correctBy.ifPresent(d -> facts.correctionDeadline(d.lastDay()));
            return facts;
        }

        @Override
        public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved, Instant at) {
            String by = reviewer.id() + reviewer.association().map(a -> "@" + a).orElse("");
            byte[] json = DecisionJson.bytes(decision);
            String sha = CanonicalJson.sha256(json);
            if (writing != null) {
                writing.add(application.id(), at, by, moved.act(), application.dossierSha256(), json, sha, verdicts,
                        moved.corrections(), correctBy.map(CorrectionDeadline::lastDay));
            } else {
                reviews.insert(h, application.id(), at, by, moved.act(), application.dossierSha256(), json,
                        verdicts, moved.corrections(), correctBy.map(CorrectionDeadline::lastDay));
            }
            return Optional.of(new Document.Digest(DECISION, sha));
        }
    }
}
