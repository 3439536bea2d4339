package cn.zhicheng.app.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.assembly.AnnexDiscovery;
import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.DossierHistory;
import cn.zhicheng.app.store.QualificationReviews;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.audit.AuditChain;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.calendar.HolidayData;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.DecisionJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.decision.InputDigest;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.EvidenceVerdict;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import cn.zhicheng.core.spi.AnnexLoader;
import cn.zhicheng.core.spi.AnnexSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The qualification review of 六(三) on both databases: the engine decides again on the stored dossier as of the
 * round's cut-off, the reviewer's verdicts conclude it, and the decision, the verdicts and the new stage are stored
 * with one audit entry naming the decision; a return is resubmitted by its deadline or refused after it.
 */
class QualificationReviewTest {

    @TempDir
    Path temp;

    static final StrictReader READER = new StrictReader(BilingualValidator.create(
            Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))));
    static final WorkingDays CALENDAR = HolidayData.load(READER);
    static final Round ROUND = new Round("2026-prov", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.ProvincialOffice(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 31));
    static final ApplicantFile DOSSIER = dossier();

    static final Actor APPLICANT = Actor.of("wang-xiaoyu", Role.APPLICANT);
    static final Actor REVIEWER = Actor.of("reviewer-1", Role.QUALIFICATION_REVIEWER);

    /** Friday 7 August 2026, 10:00 in Changchun: 15 days later is Saturday 22 August. */
    static final Instant FRIDAY = Instant.parse("2026-08-07T02:00:00Z");

    static final List<AnnexSource> INSTALLED = AnnexDiscovery.discover(QualificationReviewTest.class.getClassLoader());

    private static ApplicantFile dossier() {
        try {
            return READER.read("applicant.yaml", Files.readAllBytes(Path.of("..", "examples", "applicant.yaml")),
                    StrictReader.Syntax.YAML, ApplicantFile.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static Decisions decisions(List<AnnexSource> sources) {
        return new Decisions(new AnnexLoader(READER).load(sources), new Evaluator());
    }

    static ConcludeQualificationReview review(Database db, Instant instant, List<AnnexSource> sources) {
        return new ConcludeQualificationReview(db, at(instant), decisions(sources), READER, CALENDAR);
    }

    static ConcludeQualificationReview review(Database db, Instant instant) {
        return review(db, instant, INSTALLED);
    }

    /** A fresh store with the round and application {@code id} sent to the province, ready for review. */
    Database aggregated(TestStores.Kind kind, String id) {
        Database db = TestStores.fresh(kind, temp);
        byte[] canonical = InputDigest.canonical(DOSSIER);
        db.jdbi().useTransaction(h -> {
            new Rounds().save(h, ROUND);
            new Applications().insert(h, id, ROUND.id(), "AI", Level.INTERMEDIATE,
                    new String(canonical, StandardCharsets.UTF_8), CanonicalJson.sha256(canonical), Stage.AGGREGATED,
                    Instant.parse("2026-07-10T02:00:00Z"), APPLICANT.id(), Optional.empty());
        });
        return db;
    }

    /** A fresh store with application {@code id} in qualification review. */
    Database underReview(TestStores.Kind kind, String id) {
        Database db = aggregated(kind, id);
        ActResult begun = new BeginQualificationReview(db, at(FRIDAY.minusSeconds(86_400))).begin(id, REVIEWER);
        assertInstanceOf(ActResult.Done.class, begun, begun::toString);
        return db;
    }

    static DecisionRecord decisionAtCutOff() {
        Decisions d = decisions(INSTALLED);
        return d.decide(DOSSIER, ((cn.zhicheng.core.ruleset.RuleBook.InForce) d.criteria("AI", ROUND.cutOff()))
                .criteria(), Level.INTERMEDIATE, ROUND.cutOff(), ROUND.cutOff());
    }

    static List<String> reliedOn(DecisionRecord d) {
        Set<String> ids = new LinkedHashSet<>();
        d.findings().stream().flatMap(Finding::flatten).forEach(f -> ids.addAll(f.evidence()));
        return List.copyOf(ids);
    }

    static List<EvidenceVerdict> allAccepted() {
        return DOSSIER.evidenceIds().stream().<EvidenceVerdict>map(EvidenceVerdict.Accepted::new).toList();
    }

    /** Every piece accepted but {@code id}, which gets {@code verdict}. */
    static List<EvidenceVerdict> allAcceptedBut(String id, EvidenceVerdict verdict) {
        List<EvidenceVerdict> list = new ArrayList<>();
        for (String each : DOSSIER.evidenceIds()) {
            list.add(each.equals(id) ? verdict : new EvidenceVerdict.Accepted(each));
        }
        return list;
    }

    static StoredApplication stored(Database db, String id) {
        return db.jdbi().withHandle(h -> new Applications().find(h, id)).orElseThrow();
    }

    static List<QualificationReviews.Row> reviews(Database db, String id) {
        return db.jdbi().withHandle(h -> new QualificationReviews().of(h, id));
    }

    static List<AuditEntry> chain(Database db) {
        return db.jdbi().withHandle(h -> new AuditLog().rows(h)).stream().map(AuditLog.StoredEntry::entry).toList();
    }

    static Outcome.Refused refused(ActResult result, Outcome.Refusal why) {
        ActResult.Refused r = assertInstanceOf(ActResult.Refused.class, result, result::toString);
        assertEquals(why, r.refusal().refusal(), () -> Messages.both(r.refusal().reason()).both());
        return r.refusal();
    }

    static String text(Outcome.Refused r) {
        return Messages.both(r.reason()).both();
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void everyPieceAcceptedQualifiesAndTheStoredDecisionReproducesByteForByte(TestStores.Kind kind) {
        try (Database db = underReview(kind, "a-1")) {
            QualificationResult result = review(db, FRIDAY).conclude("a-1", REVIEWER, allAccepted(), 15);
            ActResult.Done done = assertInstanceOf(ActResult.Done.class, result.act(), result.act()::toString);
            assertEquals(Stage.QUALIFIED, done.moved().to());
            assertEquals("六(三)", done.moved().clause().toString());
            assertEquals(Stage.QUALIFIED, stored(db, "a-1").stage());
            assertTrue(result.deadline().isEmpty());

            QualificationReviews.Row row = reviews(db, "a-1").get(0);
            byte[] storedBytes = row.decisionJson().getBytes(StandardCharsets.UTF_8);
            assertEquals(CanonicalJson.sha256(storedBytes), row.decisionSha256());
            assertEquals(cn.zhicheng.core.review.stage.Act.QUALIFY, row.act());
            assertEquals(stored(db, "a-1").dossierSha256(), row.dossierSha256());
            assertTrue(row.verdictsJson().contains("\"verdict\":\"accepted\""), row.verdictsJson());

            // decided as of the cut-off under the rule set in force then, whatever the day of the review
            DecisionRecord decision = DecisionJson.read(storedBytes);
            assertEquals(ROUND.cutOff(), decision.asOf());
            assertEquals(ROUND.cutOff(), decision.cutOff());
            assertEquals(InputDigest.sha256(DOSSIER), decision.inputSha256());
            assertArrayEquals(storedBytes, DecisionJson.bytes(decisions(INSTALLED).reproduce(decision, DOSSIER)
                    .orElseThrow()), "the stored decision reproduces byte for byte under its pin");
            assertArrayEquals(storedBytes, DecisionJson.bytes(decisionAtCutOff()));

            // one audit entry, naming the decision's SHA-256, and the chain verifies
            AuditEntry last = done.entry();
            assertEquals("application.qualify", last.act().act());
            assertEquals(row.decisionSha256(), last.act().document().orElseThrow().sha256());
            assertEquals(ConcludeQualificationReview.DECISION, last.act().document().orElseThrow().kind());
            assertTrue(AuditChain.verify(chain(db)).intact());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void rejectedEvidenceTheDecisionReliedOnRefusesTheApplication(TestStores.Kind kind) {
        String relied = reliedOn(decisionAtCutOff()).get(0);
        try (Database db = underReview(kind, "a-1")) {
            QualificationResult result = review(db, FRIDAY).conclude("a-1", REVIEWER,
                    allAcceptedBut(relied, new EvidenceVerdict.Rejected(relied, "证明材料与原件不符")), 15);
            ActResult.Done done = assertInstanceOf(ActResult.Done.class, result.act(), result.act()::toString);
            assertEquals(cn.zhicheng.core.review.stage.Act.REFUSE_AT_QUALIFICATION, done.moved().act());
            assertEquals(Stage.REFUSED, stored(db, "a-1").stage());
            assertEquals("六(三)", done.moved().clause().toString());
            QualificationReviews.Row row = reviews(db, "a-1").get(0);
            assertEquals(cn.zhicheng.core.review.stage.Act.REFUSE_AT_QUALIFICATION, row.act());
            assertTrue(row.verdictsJson().contains("证明材料与原件不符"), row.verdictsJson());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void needsMoreReturnsWithTheCorrectionsAndADeadlineMovedOffTheWeekend(TestStores.Kind kind) {
        String relied = reliedOn(decisionAtCutOff()).get(0);
        try (Database db = underReview(kind, "a-1")) {
            QualificationResult result = review(db, FRIDAY).conclude("a-1", REVIEWER,
                    allAcceptedBut(relied, new EvidenceVerdict.NeedsMore(relied, "补充加盖公章的复印件")), 15);
            ActResult.Done done = assertInstanceOf(ActResult.Done.class, result.act(), result.act()::toString);
            assertEquals(Stage.RETURNED_FOR_CORRECTION, done.moved().to());
            assertEquals(1, done.moved().corrections().size());
            assertEquals(relied, done.moved().corrections().get(0).evidenceId().orElseThrow());
            // returned on Friday 7 August: the 15th day after it is Saturday 22 August, so Monday 24 August
            assertEquals(LocalDate.of(2026, 8, 22), result.deadline().orElseThrow().nominalLastDay());
            assertEquals(LocalDate.of(2026, 8, 24), result.deadline().orElseThrow().lastDay());
            QualificationReviews.Row row = reviews(db, "a-1").get(0);
            assertEquals(LocalDate.of(2026, 8, 24), row.correctBy().orElseThrow());
            assertTrue(row.correctionsJson().contains("补充加盖公章的复印件"), row.correctionsJson());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aResubmissionByTheDeadlineReplacesTheDossierAndKeepsTheEarlierOne(TestStores.Kind kind) {
        String relied = reliedOn(decisionAtCutOff()).get(0);
        try (Database db = underReview(kind, "a-1")) {
            review(db, FRIDAY).conclude("a-1", REVIEWER,
                    allAcceptedBut(relied, new EvidenceVerdict.NeedsMore(relied, "补充加盖公章的复印件")), 15);
            String before = stored(db, "a-1").dossierSha256();
            ApplicantFile corrected = corrected();
            // Monday 24 August, 23:30 in Changchun: the last day, still in time
            Instant lastEvening = Instant.parse("2026-08-24T15:30:00Z");
            ActResult result = new ResubmitApplication(db, at(lastEvening)).resubmit("a-1", corrected, APPLICANT);
            ActResult.Done done = assertInstanceOf(ActResult.Done.class, result, result::toString);
            assertEquals(Stage.SUBMITTED, stored(db, "a-1").stage());
            String after = InputDigest.sha256(corrected);
            assertEquals(after, stored(db, "a-1").dossierSha256());
            assertEquals(after, done.application().dossierSha256());
            assertEquals(after, done.entry().act().document().orElseThrow().sha256());
            assertEquals("application.resubmit", done.entry().act().act());
            assertArrayEquals(InputDigest.canonical(corrected), db.jdbi().withHandle(h -> new Applications()
                    .dossier(h, "a-1")).orElseThrow().getBytes(StandardCharsets.UTF_8));
            List<DossierHistory.Revision> history = db.jdbi().withHandle(h -> new DossierHistory().of(h, "a-1"));
            assertEquals(1, history.size());
            assertEquals(before, history.get(0).dossierSha256());
            assertArrayEquals(InputDigest.canonical(DOSSIER),
                    history.get(0).dossierJson().getBytes(StandardCharsets.UTF_8));
            assertTrue(AuditChain.verify(chain(db)).intact());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aResubmissionAfterTheDeadlineIsRefusedAndChangesNothing(TestStores.Kind kind) {
        String relied = reliedOn(decisionAtCutOff()).get(0);
        try (Database db = underReview(kind, "a-1")) {
            review(db, FRIDAY).conclude("a-1", REVIEWER,
                    allAcceptedBut(relied, new EvidenceVerdict.NeedsMore(relied, "补充加盖公章的复印件")), 15);
            StoredApplication before = stored(db, "a-1");
            int entries = chain(db).size();
            // Tuesday 25 August, 00:30 in Changchun: the day after the last
            Instant tooLate = Instant.parse("2026-08-24T16:30:00Z");
            Outcome.Refused r = refused(new ResubmitApplication(db, at(tooLate)).resubmit("a-1", corrected(),
                    APPLICANT), Outcome.Refusal.GUARD_FAILED);
            assertEquals("六(三)", r.clause().toString());
            assertTrue(text(r).contains("2026-08-24") && text(r).contains("2026-08-25"), text(r));
            assertEquals(before, stored(db, "a-1"), "nothing changed");
            assertTrue(db.jdbi().withHandle(h -> new DossierHistory().of(h, "a-1")).isEmpty());
            List<AuditEntry> chain = chain(db);
            assertEquals(entries + 1, chain.size(), "only the refusal is recorded");
            assertEquals("application.resubmit", chain.get(chain.size() - 1).act().act());
            assertInstanceOf(cn.zhicheng.core.audit.Outcome.Refused.class, chain.get(chain.size() - 1).act().outcome());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aVerdictOnEvidenceTheDossierDoesNotHoldIsRefusedByName(TestStores.Kind kind) {
        try (Database db = underReview(kind, "a-1")) {
            List<EvidenceVerdict> verdicts = new ArrayList<>(allAccepted());
            verdicts.add(new EvidenceVerdict.Accepted("work-nope"));
            int entries = chain(db).size();
            QualificationResult result = review(db, FRIDAY).conclude("a-1", REVIEWER, verdicts, 15);
            Outcome.Refused r = refused(result.act(), Outcome.Refusal.GUARD_FAILED);
            assertEquals("六(三)", r.clause().toString());
            assertTrue(text(r).contains("work-nope"), text(r));
            assertEquals(Stage.QUALIFICATION_REVIEW, stored(db, "a-1").stage());
            assertTrue(reviews(db, "a-1").isEmpty(), "no review is stored");
            assertEquals(entries + 1, chain(db).size(), "only the refusal is recorded");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void evidenceTheDecisionReliedOnLeftUnjudgedCannotConclude(TestStores.Kind kind) {
        String relied = reliedOn(decisionAtCutOff()).get(0);
        try (Database db = underReview(kind, "a-1")) {
            List<EvidenceVerdict> verdicts = allAccepted().stream().filter(v -> !v.evidenceId().equals(relied))
                    .toList();
            Outcome.Refused r = refused(review(db, FRIDAY).conclude("a-1", REVIEWER, verdicts, 15).act(),
                    Outcome.Refusal.GUARD_FAILED);
            assertTrue(text(r).contains(relied), text(r));
            assertEquals(Stage.QUALIFICATION_REVIEW, stored(db, "a-1").stage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theWrongRoleIsRefusedWithTheClause(TestStores.Kind kind) {
        try (Database db = aggregated(kind, "a-1")) {
            Outcome.Refused begin = refused(new BeginQualificationReview(db, at(FRIDAY)).begin("a-1", APPLICANT),
                    Outcome.Refusal.WRONG_ROLE);
            assertEquals("六(三)", begin.clause().toString());
            assertEquals(Stage.AGGREGATED, stored(db, "a-1").stage());
            new BeginQualificationReview(db, at(FRIDAY)).begin("a-1", REVIEWER);
            Outcome.Refused conclude = refused(review(db, FRIDAY).conclude("a-1", APPLICANT, allAccepted(), 15)
                    .act(), Outcome.Refusal.WRONG_ROLE);
            assertEquals("六(三)", conclude.clause().toString());
            assertEquals(Stage.QUALIFICATION_REVIEW, stored(db, "a-1").stage());
            assertTrue(reviews(db, "a-1").isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theSameActTwiceIsRefusedAsRepeated(TestStores.Kind kind) {
        try (Database db = underReview(kind, "a-1")) {
            refused(new BeginQualificationReview(db, at(FRIDAY)).begin("a-1", REVIEWER), Outcome.Refusal.REPEATED);
            review(db, FRIDAY).conclude("a-1", REVIEWER, allAccepted(), 15);
            Outcome.Refused again = refused(review(db, FRIDAY.plusSeconds(60)).conclude("a-1", REVIEWER,
                    allAccepted(), 15).act(), Outcome.Refusal.REPEATED);
            assertEquals("六(三)", again.clause().toString());
            assertEquals(1, reviews(db, "a-1").size(), "the first review stands alone");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void concludingBeforeTheReviewBeganIsRefusedAsOffStage(TestStores.Kind kind) {
        try (Database db = aggregated(kind, "a-1")) {
            refused(review(db, FRIDAY).conclude("a-1", REVIEWER, allAccepted(), 15).act(),
                    Outcome.Refusal.WRONG_STAGE);
            assertEquals(Stage.AGGREGATED, stored(db, "a-1").stage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aDossierSubmittedThroughTheApplicationIsReviewedAsStored(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            db.jdbi().useTransaction(h -> new Rounds().save(h, ROUND));
            String id = ApplicationIds.derive(ROUND.id(), "AI", Level.INTERMEDIATE, DOSSIER);
            ActResult submitted = new SubmitApplication(db, at(Instant.parse("2026-07-10T02:00:00Z")))
                    .submit(new Submission(id, ROUND.id(), "AI", Level.INTERMEDIATE, DOSSIER), APPLICANT);
            assertInstanceOf(ActResult.Done.class, submitted, submitted::toString);
            db.jdbi().useTransaction(h -> assertTrue(new Applications().moveStage(h, id, 1, Stage.AGGREGATED,
                    Instant.parse("2026-08-05T02:00:00Z"))));
            assertInstanceOf(ActResult.Done.class, new BeginQualificationReview(db, at(FRIDAY)).begin(id, REVIEWER));
            QualificationResult result = review(db, FRIDAY).conclude(id, REVIEWER, allAccepted(), 15);
            assertInstanceOf(ActResult.Done.class, result.act(), result.act()::toString);
            assertArrayEquals(DecisionJson.bytes(decisionAtCutOff()),
                    reviews(db, id).get(0).decisionJson().getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("application.submit", "application.begin_qualification_review",
                    "application.qualify"), chain(db).stream().map(e -> e.act().act()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aStoredDossierChangedBehindTheStoresBackIsNotReviewed(TestStores.Kind kind) {
        try (Database db = underReview(kind, "a-1")) {
            db.jdbi().useHandle(h -> h.execute("UPDATE application SET dossier_json ="
                    + " REPLACE(dossier_json, '\"hours\":128', '\"hours\":999') WHERE id = 'a-1'"));
            int entries = chain(db).size();
            cn.zhicheng.app.store.StoreRefused refused = org.junit.jupiter.api.Assertions.assertThrows(
                    cn.zhicheng.app.store.StoreRefused.class,
                    () -> review(db, FRIDAY).conclude("a-1", REVIEWER, allAccepted(), 15));
            assertTrue(refused.reason().en().contains("was changed"), refused.reason().en());
            assertEquals(Stage.QUALIFICATION_REVIEW, stored(db, "a-1").stage());
            assertTrue(reviews(db, "a-1").isEmpty());
            assertEquals(entries, chain(db).size());
        }
    }

    /** The dossier with the training certificate's hours corrected: a different dossier, a different digest. */
    static ApplicantFile corrected() {
        try {
            String yaml = Files.readString(Path.of("..", "examples", "applicant.yaml"))
                    .replace("hours: 128", "hours: 136");
            return READER.read("corrected.yaml", yaml.getBytes(StandardCharsets.UTF_8), StrictReader.Syntax.YAML,
                    ApplicantFile.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
