package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Filings;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.core.audit.Act;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.audit.Outcome;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.review.filing.Filing;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.stage.Actor;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * 六(六) 备案: the association that ran a round files its results — the applications whose result publicity ended
 * without an objection open or upheld — with the provincial office, which acknowledges the filing with its
 * reference. Core decides ({@link Filing}); each step is stored with its audit entry (subject: the round) in one
 * transaction, and a refused step is audited alone.
 */
public final class FileResults {

    public static final String FILING = "filing";
    public static final int LONGEST_NAME = 100;
    public static final int LONGEST_REFERENCE = 100;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ResultPublicityFacts publicity;
    private final AuditLog audit = new AuditLog();
    private final Rounds rounds = new Rounds();
    private final Filings filings = new Filings();

    @Inject
    public FileResults(Database database, Clock clock, WorkingDays calendar) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        this.publicity = new ResultPublicityFacts(calendar);
    }

    /** The association files the results of {@code roundId} under its name, in Chinese and English. */
    public FilingResult file(String roundId, String nameZh, String nameEn, Actor actor) {
        Text name = new Text(Texts.stated("name", nameZh, LONGEST_NAME), Texts.stated("name-en", nameEn,
                LONGEST_NAME));
        Instant at = clock.instant();
        return ApplicationActs.retrying(() -> jdbi.inTransaction(h -> {
            Round round = round(h, roundId);
            LocalDate day = ApplicationActs.day(at);
            List<String> results = filings.inResultPublicity(h, roundId).stream()
                    .filter(id -> publicity.fileable(h, id, day)).toList();
            Filing.Decision d = Filing.file(round, actor, name, results, filings.find(h, roundId), at);
            if (d instanceof Filing.Accepted a) {
                filings.insert(h, a.filing());
                return new FilingResult.Done(a.filing(), a.message(), audit.append(h, act(roundId, actor,
                        "round.file_results", Filing.CLAUSE, at, "FILED",
                        CanonicalJson.sha256(Filings.document(a.filing())), Outcome.done())));
            }
            return refused(h, roundId, actor, "round.file_results", at, (Filing.Refused) d);
        }));
    }

    /** The provincial office acknowledges the filing of {@code roundId} with its filing reference (备案文号). */
    public FilingResult acknowledge(String roundId, String reference, Actor actor) {
        String ref = Texts.stated("reference", reference, LONGEST_REFERENCE);
        Instant at = clock.instant();
        return ApplicationActs.retrying(() -> jdbi.inTransaction(h -> {
            Round round = round(h, roundId);
            Filing.Decision d = Filing.acknowledge(round, filings.find(h, roundId), actor, ref, at);
            if (d instanceof Filing.Accepted a) {
                if (!filings.acknowledge(h, a.filing())) {
                    throw new ApplicationActs.LostRace();
                }
                return new FilingResult.Done(a.filing(), a.message(), audit.append(h, act(roundId, actor,
                        "round.acknowledge_filing", Filing.CLAUSE, at, "ACKNOWLEDGED",
                        CanonicalJson.sha256(Filings.document(a.filing())), Outcome.done())));
            }
            return refused(h, roundId, actor, "round.acknowledge_filing", at, (Filing.Refused) d);
        }));
    }

    private Round round(Handle h, String roundId) {
        return rounds.find(h, roundId).orElseThrow(() -> NotFound.round(roundId));
    }

    private FilingResult refused(Handle h, String roundId, Actor actor, String key, Instant at, Filing.Refused r) {
        AuditEntry entry = audit.append(h, new Act(roundId, new cn.zhicheng.core.audit.Actor(actor.id(),
                actor.role().name()), key, r.clause(), at, Optional.empty(), Optional.empty(), Optional.empty(),
                Outcome.refused(r.reason().key())));
        return new FilingResult.Refused(r.reason(), r.clause(), entry);
    }

    private static Act act(String roundId, Actor actor, String key, cn.zhicheng.core.policy.Clause clause,
                           Instant at, String after, String sha256, Outcome outcome) {
        return new Act(roundId, new cn.zhicheng.core.audit.Actor(actor.id(), actor.role().name()), key, clause, at,
                Optional.empty(), Optional.of(after), Optional.of(new Document.Digest(FILING, sha256)), outcome);
    }
}
