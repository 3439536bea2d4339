package cn.zhicheng.app.service;

import cn.zhicheng.app.assembly.PolicyModule;
import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Publicities;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.calendar.HolidayData;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.InputDigest;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.stage.Stage;
import cn.zhicheng.core.spi.Annexes;
import com.google.inject.Guice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** What the certificate, filing, appeal and revocation tests share: the example dossier, the calendar, annexes. */
final class CertificateFixture {

    static final Clock SETUP = Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final StrictReader READER = new StrictReader(BilingualValidator.create(SETUP));
    static final WorkingDays CALENDAR = HolidayData.load(READER);
    static final Annexes ANNEXES = Guice.createInjector(PolicyModule.load(SETUP,
            CertificateFixture.class.getClassLoader())).getInstance(Annexes.class);
    static final ApplicantFile DOSSIER = dossier();
    static final String ID_NUMBER = "220102199503152349";

    private CertificateFixture() {
    }

    private static ApplicantFile dossier() {
        try {
            return READER.read("applicant.yaml", Files.readAllBytes(Path.of("..", "examples", "applicant.yaml")),
                    StrictReader.Syntax.YAML, ApplicantFile.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** Stores an application of the example dossier at {@code stage}. */
    static void application(Database db, String id, String round, Stage stage) {
        byte[] json = InputDigest.canonical(DOSSIER);
        db.jdbi().useTransaction(h -> new Applications().insert(h, id, round, "AI", Level.INTERMEDIATE,
                new String(json, StandardCharsets.UTF_8), CanonicalJson.sha256(json), stage,
                Instant.parse("2026-07-10T02:00:00Z"), "wang-xiaoyu", Optional.empty()));
    }

    /** Posts the result publicity of an application on {@code day}: five working days (六(五), 决定 D-5). */
    static Publicity resultPublicity(Database db, String id, LocalDate day) {
        Publicity p = Publicity.posted(CALENDAR, Publicity.Kind.RESULT, day);
        db.jdbi().useTransaction(h -> new Publicities().post(h, id, p));
        return p;
    }

    static Stage stage(Database db, String id) {
        return db.jdbi().withHandle(h -> new Applications().find(h, id)).orElseThrow().stage();
    }

    static IssueCertificate issuer(Database db, Clock clock, IssuingKeys keys) {
        return new IssueCertificate(db, clock, CALENDAR, ANNEXES, keys);
    }
}
