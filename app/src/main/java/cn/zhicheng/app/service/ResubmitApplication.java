package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.DossierHistory;
import cn.zhicheng.app.store.QualificationReviews;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Recommender;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.InputDigest;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * 六(三) 补正: the applicant resubmits a corrected dossier for an application returned at the qualification review,
 * by the day the return set (core refuses a later one with the clause). The new dossier replaces the stored one, the
 * one it replaces is kept in the dossier history, and the audit entry names the new dossier's SHA-256 — all in one
 * transaction. The application goes back to 六(一) and is recommended and reviewed again.
 */
public final class ResubmitApplication {

    private final Clock clock;
    private final ApplicationActs acts;
    private final QualificationReviews reviews = new QualificationReviews();
    private final DossierHistory history = new DossierHistory();
    private final Dossiers dossiers = new Dossiers();
    private final Applications applications = new Applications();

    @Inject
    public ResubmitApplication(Database database, Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        this.acts = new ApplicationActs(requireNonNull(database, "database is null").jdbi(), new AuditLog());
    }

    public ActResult resubmit(String applicationId, ApplicantFile dossier, Actor actor) {
        requireNonNull(dossier, "dossier is null");
        byte[] canonical = InputDigest.canonical(dossier);
        String json = new String(canonical, StandardCharsets.UTF_8);
        Document digest = new Document.Digest(SubmitApplication.DOSSIER, CanonicalJson.sha256(canonical));
        ActResult result = acts.take(applicationId, actor, Act.RESUBMIT, clock.instant(),
                new ApplicationActs.Particulars() {
                    @Override
                    public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
                        pendingDeadline(h, application.id()).ifPresent(facts::correctionDeadline);
                        // 六(一): the corrected dossier is the same person's
                        return facts.idNumber(dossiers.person(h, application.id()).idNumber())
                                .resubmittedIdNumber(dossier.identity().idNumber());
                    }

                    @Override
                    public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved,
                                                    Instant at) {
                        history.replace(h, application.id(), json, digest.sha256(), at);
                        applications.recommender(h, application.id(), dossier.recommender().map(Recommender::name));
                        return Optional.of(digest);
                    }

                    @Override
                    public Optional<Document> refused() {
                        return Optional.of(digest);
                    }
                });
        if (result instanceof ActResult.Done done) {
            StoredApplication a = done.application();
            return new ActResult.Done(new StoredApplication(a.id(), a.roundId(), a.field(), a.level(),
                    digest.sha256(), a.stage(), a.version(), a.createdAt(), a.updatedAt(), a.applicant()),
                    done.moved(), done.entry());
        }
        return result;
    }

    /**
     * The day to correct by that the latest qualification review set, when that return is still pending: made after
     * the dossier was last replaced. A return for an upheld objection (决定 D-6) sets no day here.
     */
    private Optional<LocalDate> pendingDeadline(Handle h, String applicationId) {
        Optional<Instant> replaced = history.lastReplaced(h, applicationId);
        return reviews.latest(h, applicationId)
                .filter(r -> r.act() == Act.RETURN_FOR_CORRECTION)
                .filter(r -> replaced.map(t -> r.reviewedAt().isAfter(t)).orElse(true))
                .flatMap(QualificationReviews.Row::correctBy);
    }
}
