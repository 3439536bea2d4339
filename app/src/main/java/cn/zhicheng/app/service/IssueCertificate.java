package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Filings;
import cn.zhicheng.app.store.IssuedCertificates;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.certificate.CertificateContent;
import cn.zhicheng.core.certificate.CertificateNumber;
import cn.zhicheng.core.certificate.Certificates;
import cn.zhicheng.core.certificate.Holder;
import cn.zhicheng.core.certificate.SignedCertificate;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.policy.Title;
import cn.zhicheng.core.review.filing.Filing;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Stage;
import cn.zhicheng.core.review.stage.StageMachine;
import cn.zhicheng.core.spi.Annexes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 六(六) 发放证书: once the result publicity has ended without an open objection, the provincial office issues the
 * certificate. Core decides the move (CERTIFY: PUBLICITY_ENDED, NO_OPEN_OBJECTION) and, in an association's round,
 * whether its results are filed and acknowledged ({@link Filing#issuer}); then the next number of the year, series
 * and level is taken, the content is made from the stored application, dossier and round (an association's
 * certificate names its delegation and filing), signed with the issuing body's Ed25519 key and stored with the new
 * stage and the audit entry naming the certificate file's SHA-256 — in one transaction.
 */
public final class IssueCertificate {

    /** The kind of document the audit entry of an issue names: the certificate file. */
    public static final String CERTIFICATE = "certificate";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Annexes annexes;
    private final IssuingKeys keys;
    private final ApplicationActs acts;
    private final ResultPublicityFacts publicity;
    private final Applications applications = new Applications();
    private final Filings filings = new Filings();
    private final Rounds rounds = new Rounds();
    private final IssuedCertificates certificates = new IssuedCertificates();
    private final Dossiers dossiers = new Dossiers();
    private final AuditLog audit = new AuditLog();

    @Inject
    public IssueCertificate(Database database, Clock clock, WorkingDays calendar, Annexes annexes, IssuingKeys keys) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        this.annexes = requireNonNull(annexes, "annexes is null");
        this.keys = requireNonNull(keys, "keys is null");
        this.acts = new ApplicationActs(jdbi, audit);
        this.publicity = new ResultPublicityFacts(calendar);
    }

    public ActResult certify(String applicationId, Actor actor) {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(actor, "actor is null");
        Instant at = clock.instant();
        return acts.run(() -> jdbi.inTransaction(h -> attempt(h, audit.appender(h), applicationId, actor, at,
                Map.of())), d -> refused(applicationId, actor, at, d));
    }

    /**
     * Issues the certificates of many applications, in that order, each as {@link #certify} does — its own decision
     * by core, its own entry, a refusal recorded for it alone — in transactions of many applications.
     *
     * <p>The holder's ID-number digest keeps its full cost ({@link Holder}); what changes is where it is spent. The
     * digests are derived beforehand, on all cores and outside any transaction, for the numbers the applications
     * will take when issued in this order. An application whose number turns out otherwise (one before it was
     * refused, a concurrent issue took the number) has its digest derived in its transaction, as {@link #certify}
     * does. Either way the digest is that of the holder's ID number salted with the number the certificate bears.
     */
    public List<ActResult> certifyAll(List<String> applicationIds, Actor actor) {
        requireNonNull(actor, "actor is null");
        List<String> ids = List.copyOf(applicationIds);
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("an application is named twice");
        }
        Instant at = clock.instant();
        Map<HolderKey, Holder> holders = derived(ids, at);
        return acts.takeEach(ids, new ApplicationActs.Each() {
            @Override
            public ApplicationActs.Step attempt(ApplicationActs.Chunk chunk, String applicationId) {
                return IssueCertificate.this.attempt(chunk.handle(), chunk.appender(), applicationId, actor, at,
                        holders);
            }

            @Override
            public cn.zhicheng.core.audit.Act refused(String applicationId, ApplicationActs.Step.Declined d) {
                return IssueCertificate.this.refused(applicationId, actor, at, d);
            }
        });
    }

    /** Whose digest, on which certificate number: what the digest is derived from. */
    private record HolderKey(String name, String idNumber, CertificateNumber number) {
    }

    /**
     * The holders the applications awaiting their certificate would get, numbered in order after the numbers
     * stored now, derived in parallel.
     */
    private Map<HolderKey, Holder> derived(List<String> ids, Instant at) {
        LocalDate day = ApplicationActs.day(at);
        List<HolderKey> keys = jdbi.withHandle(h -> {
            Map<Title, Integer> next = new HashMap<>();
            List<HolderKey> planned = new ArrayList<>();
            for (String id : ids) {
                Optional<StoredApplication> stored = applications.find(h, id);
                if (stored.isEmpty() || stored.get().stage() != Stage.RESULT_PUBLICITY) {
                    continue;
                }
                Optional<FieldCriteria> field = annexes.field(stored.get().field());
                if (field.isEmpty()) {
                    continue;
                }
                Optional<Title> title = Title.of(field.get().field().series(), stored.get().level());
                if (title.isEmpty()) {
                    continue;
                }
                int serial = next.computeIfAbsent(title.get(), t -> certificates.nextSerial(h, day.getYear(),
                        t.series(), t.level()));
                next.put(title.get(), serial + 1);
                Dossiers.Person person = dossiers.person(h, id);
                planned.add(new HolderKey(person.name(), person.idNumber(), CertificateNumber.of(day.getYear(),
                        title.get().series(), title.get().level(), serial)));
            }
            return planned;
        });
        Map<HolderKey, Holder> holders = new ConcurrentHashMap<>();
        keys.parallelStream().forEach(k -> holders.put(k, Holder.of(k.name(), k.idNumber(), k.number())));
        return holders;
    }

    /** One attempt of the act on one application, in the caller's transaction. */
    private ApplicationActs.Step attempt(Handle h, AuditLog.Appender appender, String applicationId, Actor actor,
                                         Instant at, Map<HolderKey, Holder> holders) {
        ApplicationActs.Particulars particulars = new ApplicationActs.Particulars() {
            @Override
            public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
                return publicity.certification(h, application, facts, at);
            }

            @Override
            public Optional<Document> store(Handle h, StoredApplication application, Outcome.Moved moved,
                                            Instant when) {
                return Optional.of(issue(h, application, when, holders));
            }
        };
        StoredApplication stored = applications.find(h, applicationId)
                .orElseThrow(() -> NotFound.application(applicationId));
        Facts facts = particulars.facts(h, stored, acts.baseFacts(h, stored, at)).build();
        if (StageMachine.apply(stored.stage(), Act.CERTIFY, actor, facts) instanceof Outcome.Moved
                && Filing.issuer(facts.round(), filings.find(h, stored.roundId()), applicationId)
                        instanceof Filing.Issuer.NotYet notYet) {
            return new ApplicationActs.Step.Declined(new Outcome.Refused(Outcome.Refusal.GUARD_FAILED,
                    notYet.refused().reason(), notYet.refused().clause(), Optional.empty()), stored.stage());
        }
        return acts.attempt(h, appender, applicationId, actor, Act.CERTIFY, at, particulars);
    }

    private static cn.zhicheng.core.audit.Act refused(String applicationId, Actor actor, Instant at,
                                                      ApplicationActs.Step.Declined d) {
        return ApplicationActs.audited(applicationId, actor, Act.CERTIFY, d.refusal().clause(), at, d.at(),
                Optional.empty(), Optional.empty(), cn.zhicheng.core.audit.Outcome.refused(d.refusal().reason().key()));
    }

    /** The number of the certificate issued on an application, if one was. */
    public Optional<String> numberOf(String applicationId) {
        return jdbi.withHandle(h -> certificates.ofApplication(h, applicationId))
                .map(c -> c.certificate().content().number().value());
    }

    /** Makes, signs and stores the certificate; returns the document the audit entry names. */
    private Document issue(Handle h, StoredApplication application, Instant at, Map<HolderKey, Holder> holders) {
        Round round = rounds.find(h, application.roundId()).orElseThrow(() -> NotFound.round(application.roundId()));
        Filing.Issuer.Found issuer = (Filing.Issuer.Found) Filing.issuer(round, filings.find(h, round.id()),
                application.id());
        FieldCriteria field = annexes.field(application.field()).orElseThrow(() -> new NotFound(new Text(
                "领域" + application.field() + "的评审条件未加载", "the criteria of field " + application.field()
                        + " are not loaded")));
        Title title = Title.of(field.field().series(), application.level()).orElseThrow();
        LocalDate day = ApplicationActs.day(at);
        CertificateNumber number = CertificateNumber.of(day.getYear(), title.series(), title.level(),
                certificates.nextSerial(h, day.getYear(), title.series(), title.level()));
        Dossiers.Person person = dossiers.person(h, application.id());
        Holder holder = holders.get(new HolderKey(person.name(), person.idNumber(), number));
        CertificateContent content = new CertificateContent(number, holder != null ? holder
                : Holder.of(person.name(), person.idNumber(), number), new DecisionRecord.FieldRef(field.field().code(), field.field().name(),
                        field.field().series(), field.field().annex().ref()),
                title, issuer.body(), round.id(), day);
        SignedCertificate signed = Certificates.sign(content, keys.pair(issuer.keyBody()));
        // a number taken by a concurrent issue fails here on the primary key, and the retry takes the next one
        certificates.insert(h, application.id(), issuer.keyBody(), signed, at);
        return new Document.Digest(CERTIFICATE, CanonicalJson.sha256(Certificates.file(signed)));
    }
}
