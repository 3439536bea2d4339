package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.assembly.AnnexDiscovery;
import cn.zhicheng.app.service.ApplicationIds;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.DossierHistory;
import cn.zhicheng.app.store.QualificationReviews;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Stage;
import cn.zhicheng.core.ruleset.RuleBook;
import cn.zhicheng.core.spi.AnnexLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * apply, withdraw, begin-qualification, qualify and resubmit from the command line: each act lands with exit 0, a
 * refusal says its clause in Chinese and English with exit 2, and a bad file is refused before anything is stored.
 */
class QualificationCommandsTest {

    @TempDir
    Path dir;

    private static final Path EXAMPLE = CommandLineTest.EXAMPLE;
    private static final Round ROUND = new Round("2026-prov", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.ProvincialOffice(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 31));
    private static final StrictReader READER = new StrictReader(BilingualValidator.create(
            Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))));

    private static final Instant JULY_10 = Instant.parse("2026-07-10T02:00:00Z");
    private static final Instant AUGUST_6 = Instant.parse("2026-08-06T02:00:00Z");
    private static final Instant AUGUST_7 = Instant.parse("2026-08-07T02:00:00Z");
    private static final Instant AUGUST_20 = Instant.parse("2026-08-20T02:00:00Z");

    private Path data;

    private static Run run(Instant at, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), Clock.fixed(at, ZoneOffset.UTC), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The command with the data folder appended. */
    private String[] in(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return all;
    }

    private void withRound() {
        data = dir.resolve("data");
        try (Database db = Database.openFolder(data)) {
            db.jdbi().useTransaction(h -> new Rounds().save(h, ROUND));
        }
    }

    private Optional<StoredApplication> stored(String id) {
        try (Database db = Database.openFolder(data)) {
            return db.jdbi().withHandle(h -> new Applications().find(h, id));
        }
    }

    private int applications() {
        try (Database db = Database.openFolder(data)) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM application").mapTo(Integer.class)
                    .one());
        }
    }

    private List<QualificationReviews.Row> reviews(String id) {
        try (Database db = Database.openFolder(data)) {
            return db.jdbi().withHandle(h -> new QualificationReviews().of(h, id));
        }
    }

    /** Moves an application to where the local office's acts would have left it (六(二)). */
    private void aggregate(String id) {
        try (Database db = Database.openFolder(data)) {
            db.jdbi().useTransaction(h -> {
                StoredApplication a = new Applications().find(h, id).orElseThrow();
                assertTrue(new Applications().moveStage(h, id, a.version(), Stage.AGGREGATED, AUGUST_6));
            });
        }
    }

    private static ApplicantFile dossier() throws Exception {
        return READER.read("applicant.yaml", Files.readAllBytes(EXAMPLE), StrictReader.Syntax.YAML,
                ApplicantFile.class);
    }

    /** The evidence the decision at the cut-off relied on. */
    private static List<String> reliedOn() throws Exception {
        Decisions d = new Decisions(new AnnexLoader(READER).load(AnnexDiscovery.discover(
                QualificationCommandsTest.class.getClassLoader())), new Evaluator());
        DecisionRecord r = d.decide(dossier(), ((RuleBook.InForce) d.criteria("AI", ROUND.cutOff())).criteria(),
                Level.INTERMEDIATE, ROUND.cutOff(), ROUND.cutOff());
        Set<String> ids = new LinkedHashSet<>();
        r.findings().stream().flatMap(Finding::flatten).forEach(f -> ids.addAll(f.evidence()));
        return List.copyOf(ids);
    }

    /** A verdicts file: every piece of the example accepted, but {@code special} (id → YAML of the rest). */
    private Path verdicts(String name, String specialId, String special) throws Exception {
        String entries = dossier().evidenceIds().stream()
                .map(id -> id.equals(specialId) ? "  - {evidence: " + id + ", " + special + "}"
                        : "  - {evidence: " + id + ", verdict: accepted}")
                .collect(Collectors.joining("\n"));
        Path file = dir.resolve(name);
        Files.writeString(file, "verdicts:\n" + entries + "\n");
        return file;
    }

    private static void bilingualWithoutJava(Run run) {
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                run.err());
        assertTrue(run.err().matches("(?s).*[A-Za-z]{4,}.*"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("cn.zhicheng"),
                run.err());
    }

    @Test
    void applyDerivesTheIdStoresTheDossierAndRefusesTheSameDossierTwice() throws Exception {
        withRound();
        Run applied = run(JULY_10, in("apply", EXAMPLE.toString(), "--round", "2026-prov", "--field", "AI",
                "--level", "INTERMEDIATE", "--as", "applicant:wang"));
        assertEquals(0, applied.exit(), applied.err());
        String id = ApplicationIds.derive("2026-prov", "AI", Level.INTERMEDIATE, dossier());
        assertTrue(applied.out().contains(id), applied.out());
        assertTrue(applied.out().contains("六(一)"), applied.out());
        assertEquals(Stage.SUBMITTED, stored(id).orElseThrow().stage());

        Run again = run(JULY_10.plusSeconds(60), in("apply", EXAMPLE.toString(), "--round", "2026-prov", "--field",
                "AI", "--level", "INTERMEDIATE", "--as", "applicant:wang"));
        bilingualWithoutJava(again);
        assertTrue(again.err().contains("六(一)"), again.err());
        assertEquals(1, applications());

        Run withdrawn = run(JULY_10.plusSeconds(120), in("withdraw", id, "--as", "applicant:wang"));
        assertEquals(0, withdrawn.exit(), withdrawn.err());
        assertTrue(withdrawn.out().contains("五(三)1"), withdrawn.out());
        assertEquals(Stage.WITHDRAWN, stored(id).orElseThrow().stage());
        Run twice = run(JULY_10.plusSeconds(180), in("withdraw", id, "--as", "applicant:wang"));
        bilingualWithoutJava(twice);
        assertTrue(twice.err().contains("五(三)1"), twice.err());
    }

    @Test
    void applyTakesAGivenIdAndRefusesAfterTheRoundCloses() {
        withRound();
        Run applied = run(JULY_10, in("apply", EXAMPLE.toString(), "--round", "2026-prov", "--field", "AI",
                "--level", "中级", "--id", "wang-2026-ai", "--as", "applicant:wang"));
        assertEquals(0, applied.exit(), applied.err());
        assertTrue(stored("wang-2026-ai").isPresent());

        Run late = run(Instant.parse("2026-08-01T02:00:00Z"), in("apply", EXAMPLE.toString(), "--round",
                "2026-prov", "--field", "AI", "--level", "INTERMEDIATE", "--id", "late-1", "--as", "applicant:li"));
        bilingualWithoutJava(late);
        assertTrue(late.err().contains("六(一)") && late.err().contains("2026-07-31"), late.err());
        assertTrue(stored("late-1").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknownKey", "badId", "missingFile", "wrongRole"})
    void aBadApplicationIsRefusedBilinguallyAndNothingIsStored(String what) throws Exception {
        withRound();
        Path file = EXAMPLE;
        String id = "app-1";
        String as = "applicant:wang";
        switch (what) {
            case "unknownKey" -> {
                file = dir.resolve("bad.yaml");
                Files.writeString(file, Files.readString(EXAMPLE).replace("professionalWorkStart:", "workStart:"));
            }
            case "badId" -> id = "../" + "x".repeat(70);
            case "missingFile" -> file = dir.resolve("nowhere.yaml");
            default -> as = "recommender:incubator-1";
        }
        Run run = run(JULY_10, in("apply", file.toString(), "--round", "2026-prov", "--field", "AI", "--level",
                "INTERMEDIATE", "--id", id, "--as", as));
        bilingualWithoutJava(run);
        switch (what) {
            case "unknownKey" -> assertTrue(run.err().contains("workStart"), run.err());
            case "badId" -> assertTrue(run.err().contains("--id"), run.err());
            case "missingFile" -> assertTrue(run.err().contains("nowhere.yaml"), run.err());
            default -> assertTrue(run.err().contains("六(一)"), run.err());
        }
        assertEquals(0, applications(), "nothing stored");
    }

    @Test
    void theReviewQualifiesAnApplicationWhoseEvidenceIsAllAccepted() throws Exception {
        withRound();
        assertEquals(0, run(JULY_10, in("apply", EXAMPLE.toString(), "--round", "2026-prov", "--field", "AI",
                "--level", "INTERMEDIATE", "--id", "app-1", "--as", "applicant:wang")).exit());
        aggregate("app-1");

        Run wrongRole = run(AUGUST_6, in("begin-qualification", "app-1", "--as", "applicant:wang"));
        bilingualWithoutJava(wrongRole);
        assertTrue(wrongRole.err().contains("六(三)"), wrongRole.err());
        assertEquals(Stage.AGGREGATED, stored("app-1").orElseThrow().stage());

        Run begun = run(AUGUST_6, in("begin-qualification", "app-1", "--as", "qualification_reviewer:r1"));
        assertEquals(0, begun.exit(), begun.err());
        assertEquals(Stage.QUALIFICATION_REVIEW, stored("app-1").orElseThrow().stage());

        Path all = verdicts("all.yaml", "", "");
        Run qualified = run(AUGUST_7, in("qualify", "app-1", "--verdicts", all.toString(), "--as",
                "qualification_reviewer:r1"));
        assertEquals(0, qualified.exit(), qualified.err());
        assertTrue(qualified.out().contains("结论") && qualified.out().contains("Verdict"), qualified.out());
        assertTrue(qualified.out().contains("六(三)"), qualified.out());
        String sha = reviews("app-1").get(0).decisionSha256();
        assertTrue(qualified.out().contains(sha), qualified.out());
        assertFalse(qualified.out().contains("220102199503152349"), "no ID number shown");
        assertEquals(Stage.QUALIFIED, stored("app-1").orElseThrow().stage());

        Run twice = run(AUGUST_7.plusSeconds(60), in("qualify", "app-1", "--verdicts", all.toString(), "--as",
                "qualification_reviewer:r1"));
        bilingualWithoutJava(twice);
        assertTrue(twice.err().contains("六(三)"), twice.err());
        assertEquals(1, reviews("app-1").size());
    }

    @Test
    void badVerdictsAreRefusedByNameAndNothingIsStored() throws Exception {
        withRound();
        run(JULY_10, in("apply", EXAMPLE.toString(), "--round", "2026-prov", "--field", "AI", "--level",
                "INTERMEDIATE", "--id", "app-1", "--as", "applicant:wang"));
        aggregate("app-1");
        run(AUGUST_6, in("begin-qualification", "app-1", "--as", "qualification_reviewer:r1"));
        String first = dossier().evidenceIds().get(0);

        Path unknownKey = verdicts("unknown-key.yaml", first, "verdict: accepted, remark: ok");
        Path noReason = verdicts("no-reason.yaml", first, "verdict: rejected");
        Path badVerdict = verdicts("bad-verdict.yaml", first, "verdict: maybe");
        Path unknownEvidence = dir.resolve("unknown-evidence.yaml");
        Files.writeString(unknownEvidence, Files.readString(verdicts("x.yaml", "", ""))
                + "  - {evidence: work-nope, verdict: accepted}\n");
        for (Path file : List.of(unknownKey, noReason, badVerdict)) {
            Run run = run(AUGUST_7, in("qualify", "app-1", "--verdicts", file.toString(), "--as",
                    "qualification_reviewer:r1"));
            bilingualWithoutJava(run);
            assertTrue(run.err().contains("verdicts[0]"), run.err());
        }
        Run maybe = run(AUGUST_7, in("--lang", "en", "qualify", "app-1", "--verdicts", badVerdict.toString(),
                "--as", "qualification_reviewer:r1"));
        assertTrue(maybe.err().contains("verdicts[0].verdict: must be accepted, rejected (with a reason) or"
                + " needs-more (saying what)"), maybe.err());
        Run unknown = run(AUGUST_7, in("qualify", "app-1", "--verdicts", unknownEvidence.toString(), "--as",
                "qualification_reviewer:r1"));
        bilingualWithoutJava(unknown);
        assertTrue(unknown.err().contains("work-nope") && unknown.err().contains("六(三)"), unknown.err());
        Run badDays = run(AUGUST_7, in("qualify", "app-1", "--verdicts", unknownEvidence.toString(),
                "--correction-days", "400", "--as", "qualification_reviewer:r1"));
        bilingualWithoutJava(badDays);
        assertTrue(badDays.err().contains("--correction-days"), badDays.err());

        assertEquals(Stage.QUALIFICATION_REVIEW, stored("app-1").orElseThrow().stage());
        assertTrue(reviews("app-1").isEmpty(), "no review stored");
    }

    @Test
    void aReturnedApplicationIsResubmittedInTimeAndABadFileChangesNothing() throws Exception {
        withRound();
        run(JULY_10, in("apply", EXAMPLE.toString(), "--round", "2026-prov", "--field", "AI", "--level",
                "INTERMEDIATE", "--id", "app-1", "--as", "applicant:wang"));
        aggregate("app-1");
        run(AUGUST_6, in("begin-qualification", "app-1", "--as", "qualification_reviewer:r1"));
        String relied = reliedOn().get(0);
        Path needsMore = verdicts("needs-more.yaml", relied, "verdict: needs-more, what: 补充加盖公章的复印件");
        Run returned = run(AUGUST_7, in("qualify", "app-1", "--verdicts", needsMore.toString(), "--as",
                "qualification_reviewer:r1"));
        assertEquals(0, returned.exit(), returned.err());
        assertTrue(returned.out().contains(relied + "：补充加盖公章的复印件"), returned.out());
        assertFalse(returned.out().contains("Optional[") || returned.out().contains("Correction["), returned.out());
        assertTrue(returned.out().contains("2026-08-24"), returned.out());
        assertEquals(Stage.RETURNED_FOR_CORRECTION, stored("app-1").orElseThrow().stage());
        String before = stored("app-1").orElseThrow().dossierSha256();

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(EXAMPLE).replace("idNumber: \"220102199503152349\"",
                "idNumber: \"220102199503152340\""));
        Run refusedFile = run(AUGUST_20, in("resubmit", "app-1", bad.toString(), "--as", "applicant:wang"));
        bilingualWithoutJava(refusedFile);
        assertTrue(refusedFile.err().contains("idNumber"), refusedFile.err());
        assertEquals(Stage.RETURNED_FOR_CORRECTION, stored("app-1").orElseThrow().stage());
        assertEquals(before, stored("app-1").orElseThrow().dossierSha256());

        Path corrected = dir.resolve("corrected.yaml");
        Files.writeString(corrected, Files.readString(EXAMPLE).replace("hours: 128", "hours: 136"));
        Run resubmitted = run(AUGUST_20, in("resubmit", "app-1", corrected.toString(), "--as", "applicant:wang"));
        assertEquals(0, resubmitted.exit(), resubmitted.err());
        StoredApplication now = stored("app-1").orElseThrow();
        assertEquals(Stage.SUBMITTED, now.stage());
        assertTrue(resubmitted.out().contains(now.dossierSha256()), resubmitted.out());
        try (Database db = Database.openFolder(data)) {
            List<DossierHistory.Revision> history = db.jdbi().withHandle(h -> new DossierHistory().of(h, "app-1"));
            assertEquals(List.of(before), history.stream().map(DossierHistory.Revision::dossierSha256).toList());
        }
    }

    @Test
    void aResubmissionAfterTheDeadlineIsRefusedWithTheClause() throws Exception {
        withRound();
        run(JULY_10, in("apply", EXAMPLE.toString(), "--round", "2026-prov", "--field", "AI", "--level",
                "INTERMEDIATE", "--id", "app-1", "--as", "applicant:wang"));
        aggregate("app-1");
        run(AUGUST_6, in("begin-qualification", "app-1", "--as", "qualification_reviewer:r1"));
        String relied = reliedOn().get(0);
        Path needsMore = verdicts("needs-more.yaml", relied, "verdict: needs-more, what: 补充原件");
        assertEquals(0, run(AUGUST_7, in("qualify", "app-1", "--verdicts", needsMore.toString(),
                "--correction-days", "5", "--as", "qualification_reviewer:r1")).exit());
        // 5 days after Friday 7 August is Wednesday 12 August; the 13th is too late
        Run late = run(Instant.parse("2026-08-13T02:00:00Z"), in("--lang", "en", "resubmit", "app-1",
                EXAMPLE.toString(), "--as", "applicant:wang"));
        assertEquals(2, late.exit(), late.out() + late.err());
        assertTrue(late.err().contains("六(三)") && late.err().contains("2026-08-12"), late.err());
        assertEquals(Stage.RETURNED_FOR_CORRECTION, stored("app-1").orElseThrow().stage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"apply", "withdraw", "begin-qualification", "qualify", "resubmit"})
    void helpIsInChineseAndEnglish(String command) {
        Run help = run(JULY_10, command, "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), help.out());
        assertTrue(help.out().contains("--as") && help.out().contains("--data"), help.out());
    }
}
