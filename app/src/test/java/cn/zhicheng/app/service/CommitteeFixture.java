package cn.zhicheng.app.service;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.InputDigest;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.committee.DrawSeed;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.committee.Kinship;
import cn.zhicheng.core.review.committee.Relation;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import cn.zhicheng.app.committee.JdkGenerators;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Optional;

/**
 * A stored round with qualified applications from the example dossier (each applicant with an ID number of their own,
 * all working for the example's employer), and an expert pool around them: eligible experts, a relative of the first
 * applicant, a colleague of all of them, one of another field and one whose title is below the level.
 */
public final class CommitteeFixture {

    static final Round ROUND = new Round("2026-prov", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.ProvincialOffice(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 31));
    static final Instant AT = Instant.parse("2026-09-01T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
    public static final String EMPLOYER = "91220101MA17ABCD56";
    static final Actor OFFICE = Actor.of("office-1", Role.PROVINCIAL_OFFICE);
    static final Actor SECRETARY = Actor.of("sec-1", Role.EXPERT_COMMITTEE_SECRETARY);

    static final ApplicantFile DOSSIER = dossier();
    static final List<String> APPLICATIONS = List.of("app-1", "app-2", "app-3");

    private CommitteeFixture() {
    }

    private static ApplicantFile dossier() {
        StrictReader reader = new StrictReader(BilingualValidator.create(
                Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))));
        try {
            byte[] yaml = Files.readAllBytes(Path.of("..", "examples", "applicant.yaml"));
            return reader.read("applicant.yaml", yaml, StrictReader.Syntax.YAML, ApplicantFile.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid resident ID number (GB 11643): born 1990-01-0n in Changchun, with its check character. */
    static String idNumber(int n) {
        String first = "22010219900101" + String.format("%03d", n);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * weights[i];
        }
        return first + "10X98765432".charAt(sum % 11);
    }

    /** The ID number of application {@code app-n}'s applicant. */
    public static String applicant(int n) {
        return idNumber(100 + n);
    }

    /** The example dossier as canonical JSON, for applicant {@code n}. */
    static String dossierJson(int n) {
        String json = new String(InputDigest.canonical(DOSSIER), StandardCharsets.UTF_8);
        return json.replace(DOSSIER.identity().idNumber(), applicant(n));
    }

    /** A store holding the round and qualified applications app-1 to app-3. */
    public static void qualifiedApplications(Database db) {
        db.jdbi().useTransaction(h -> {
            new Rounds().save(h, ROUND);
            for (int n = 1; n <= APPLICATIONS.size(); n++) {
                String json = dossierJson(n);
                new Applications().insert(h, "app-" + n, ROUND.id(), "AI", Level.INTERMEDIATE, json,
                        CanonicalJson.sha256(json.getBytes(StandardCharsets.UTF_8)), Stage.QUALIFIED, AT,
                        "applicant-" + n, Optional.empty());
            }
        });
    }

    /** {@code eligible} experts e01... who may sit, and the four who may not. */
    static List<Expert> pool(int eligible) {
        List<Expert> pool = new ArrayList<>();
        for (int i = 1; i <= eligible; i++) {
            pool.add(Expert.of(String.format("e%02d", i), i % 2 == 0 ? Level.INTERMEDIATE : Level.SENIOR,
                    i % 3 == 0 ? null : "91220101MA1" + String.format("%07d", i), List.of(), "AI"));
        }
        pool.add(Expert.of("x-relative", Level.SENIOR, null,
                List.of(new Relation(applicant(1), Kinship.SIBLING)), "AI"));
        pool.add(Expert.of("x-colleague", Level.SENIOR, EMPLOYER, List.of(), "AI"));
        pool.add(Expert.of("x-marketing", Level.SENIOR, null, List.of(), "MARKETING"));
        pool.add(Expert.of("x-junior", Level.JUNIOR, null, List.of(), "AI"));
        return pool;
    }

    /** Seeds known in advance: 1, 2, 3, ... so a test knows its draw. */
    static ReviewSessions sessions(Database db) {
        AtomicLong next = new AtomicLong();
        return new ReviewSessions(db, CLOCK, JdkGenerators.INSTANCE, () -> DrawSeed.of(next.incrementAndGet()));
    }

    static Actor expert(String id) {
        return Actor.of(id, Role.EXPERT);
    }

    /** Opens session s-1 over app-1 to app-3 with a committee of 11. */
    static void open(Database db, List<Expert> pool) {
        new ExpertPool(db, CLOCK).register(pool, OFFICE);
        sessions(db).open(new ReviewSessions.Opening("s-1", "AI", Level.INTERMEDIATE, java.util.Optional.empty(), 3,
                APPLICATIONS), SECRETARY);
    }
}
