package cn.zhicheng.app.bench.baseline;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.assembly.AnnexDiscovery;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Certificates;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.Employment;
import cn.zhicheng.core.applicant.FanCount;
import cn.zhicheng.core.applicant.Recommender;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.applicant.SalesAmount;
import cn.zhicheng.core.applicant.EmploymentKind;
import cn.zhicheng.core.applicant.Identity;
import cn.zhicheng.core.applicant.PublicInstitutionArrangement;
import cn.zhicheng.core.applicant.RecognitionLevel;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.TalentKind;
import cn.zhicheng.core.applicant.TalentRecognition;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.applicant.TrainingCertificate;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.spi.AnnexLoader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A seeded population of applicants over the engineering fields and marketing, each paired with the real criteria
 * of its field as the installed annexes declare them and the level it asks for. The same seed gives the same
 * population in every run, so the agreement test and the benchmarks see the same people.
 *
 * <p>What varies is what the ladder reads: degrees and when they were obtained, the start of professional work,
 * titles held (技术员 to 副高级, sometimes in another series) and their dates, training for the field applied for, for
 * another field or not organised by the ministry (五(二)6, 决定 D-18), and talent recognitions at every issuer level
 * (五(二)5, 决定 D-19). Representative works are added so the full decision has achievements to count.
 */
public final class Population {

    /** The size the agreement test and the benchmarks use. */
    public static final int SIZE = 10_000;
    public static final long SEED = 20_211_005L;

    /** One applicant, the criteria of the field applied for and the level asked. */
    public record Case(ApplicantFile applicant, FieldCriteria criteria, Level level) {

        public Case {
            requireNonNull(applicant, "applicant is null");
            requireNonNull(criteria, "criteria is null");
            requireNonNull(level, "level is null");
        }
    }

    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2028, 2, 29);
    private static final Degree[] DEGREES = Degree.values();
    private static final WorkKind[] WORKS = {WorkKind.PATENT, WorkKind.PROJECT_REPORT, WorkKind.ENGINEERING_PLAN,
        WorkKind.DESIGN_DOCUMENT, WorkKind.FEASIBILITY_STUDY, WorkKind.PROCESS_STANDARD};

    private final SplittableRandom random;
    private final List<FieldCriteria> fields;

    private Population(long seed, List<FieldCriteria> fields) {
        this.random = new SplittableRandom(seed);
        this.fields = fields;
    }

    /** The engineering fields and marketing, in their newest version, from every annex on the class path. */
    public static List<FieldCriteria> installedFields() {
        StrictReader reader = new StrictReader(BilingualValidator.create(
                Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))));
        return new AnnexLoader(reader).load(AnnexDiscovery.discover(Population.class.getClassLoader()))
                .fields().stream()
                .filter(f -> f.field().series() == Series.ENGINEERING || f.field().series() == Series.MARKETING)
                .toList();
    }

    public static List<Case> generate(int size, long seed) {
        return generate(size, seed, installedFields());
    }

    public static List<Case> generate(int size, long seed, List<FieldCriteria> fields) {
        if (fields.isEmpty()) {
            throw new IllegalStateException("no engineering or marketing field is installed");
        }
        Population p = new Population(seed, fields);
        List<Case> cases = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            cases.add(p.next(i));
        }
        return List.copyOf(cases);
    }

    private Case next(int n) {
        FieldCriteria criteria = fields.get(random.nextInt(fields.size()));
        Series series = criteria.field().series();
        String field = criteria.field().code();
        Level level = Level.awarded().get(random.nextInt(Level.awarded().size()));

        LocalDate graduated = date(EARLIEST, LocalDate.of(2026, 6, 30));
        Degree degree = DEGREES[random.nextInt(DEGREES.length)];
        List<Education> education = new ArrayList<>();
        if (degree.atLeast(Degree.MASTER) && random.nextBoolean()) {
            // a first degree, then the higher one: the highest held on the date counts
            LocalDate first = graduated.minusYears(2 + random.nextInt(4));
            education.add(new Education(null, Degree.BACHELOR, "计算机科学与技术", Optional.empty(), first));
        }
        education.add(new Education(null, degree, "专业" + random.nextInt(40), Optional.empty(), graduated));

        int start = random.nextInt(25);
        LocalDate workStart = start == 0 ? LocalDate.of(2000 + 4 * random.nextInt(7), 2, 29) // 决定 D-22's month end
                : start < 3 ? graduated.minusYears(1 + random.nextInt(3))
                : graduated.plusDays(random.nextInt(3 * 365));
        List<TitleHeld> titles = titles(series, workStart);
        List<TrainingCertificate> training = training(field, workStart);
        List<TalentRecognition> recognitions = recognitions(workStart);
        List<RepresentativeWork> works = works(workStart);
        if (series == Series.MARKETING) {
            works.addAll(marketingRecords(workStart));
        }
        // 五(三)1, 六(二): nine in ten are recommended; the rest fail the scope whatever else they bring
        Optional<Recommender> recommender = random.nextInt(10) == 0 ? Optional.empty()
                : Optional.of(new Recommender(RecommenderKind.EMPLOYER, "长春智算科技有限公司", Optional.empty()));

        ApplicantFile applicant = new ApplicantFile(
                new Identity("申请人" + n, "220102199503152349", Optional.empty()),
                new Employment(random.nextInt(3) == 0 ? EmploymentKind.FREELANCE : EmploymentKind.PRIVATE_ENTERPRISE,
                        Optional.of("长春智算科技有限公司"), Optional.empty(), "220102",
                        PublicInstitutionArrangement.NONE, false),
                recommender, Optional.empty(), education, titles, workStart, training, recognitions, works,
                Certificates.NONE);
        return new Case(applicant, criteria, level);
    }

    /** A ladder of titles climbed from the start of work, stopping at a random rung; a few in another series. */
    private List<TitleHeld> titles(Series series, LocalDate workStart) {
        List<TitleHeld> titles = new ArrayList<>();
        int rungs = random.nextInt(5); // 0: none; 1: junior (or 技术员); ... 4: 副高级
        LocalDate awarded = workStart;
        Level[] ladder = {random.nextInt(6) == 0 ? Level.TECHNICIAN : Level.JUNIOR, Level.INTERMEDIATE,
            Level.ASSOCIATE_SENIOR, Level.SENIOR};
        for (int i = 0; i < rungs && i < ladder.length; i++) {
            awarded = awarded.plusDays(200 + random.nextInt(7 * 365));
            if (awarded.isAfter(LATEST)) {
                break;
            }
            Series held = random.nextInt(12) == 0 ? other(series) : series;
            titles.add(new TitleHeld(null, held, ladder[i], Optional.empty(), Optional.of("ZC" + random.nextInt(1 << 30)),
                    awarded));
        }
        return titles;
    }

    private List<TrainingCertificate> training(String field, LocalDate workStart) {
        int kind = random.nextInt(8);
        if (kind > 3) {
            return List.of();
        }
        String trainedFor = kind == 3 ? (field.equals("AI") ? "IOT" : "AI") : field;
        boolean mohrss = kind != 2;
        return List.of(new TrainingCertificate(null, "职业技术技能培训", trainedFor, mohrss, 64 + random.nextInt(200),
                date(workStart, LATEST)));
    }

    private List<TalentRecognition> recognitions(LocalDate workStart) {
        if (random.nextInt(10) != 0) {
            return List.of();
        }
        RecognitionLevel level = RecognitionLevel.values()[random.nextInt(RecognitionLevel.values().length)];
        TalentKind kind = random.nextBoolean() ? TalentKind.LEADING_TALENT : TalentKind.YOUNG_TOP_TALENT;
        return List.of(new TalentRecognition(null, kind, "吉林省人力资源和社会保障厅", level, date(workStart, LATEST)));
    }

    private List<RepresentativeWork> works(LocalDate workStart) {
        int count = random.nextInt(6);
        List<RepresentativeWork> works = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            WorkKind kind = WORKS[random.nextInt(WORKS.length)];
            works.add(new RepresentativeWork(null, kind, "成果" + i + "-" + random.nextInt(1 << 20),
                    date(workStart, LATEST), random.nextBoolean() ? WorkRole.PRINCIPAL : WorkRole.PARTICIPANT,
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return works;
    }

    /**
     * Sales amounts over a certified period — a calendar year, or a year straddling one (决定 D-17) — on one or two
     * platform accounts, and a fan count: what the marketing achievements count.
     */
    private List<RepresentativeWork> marketingRecords(LocalDate workStart) {
        List<RepresentativeWork> records = new ArrayList<>();
        int sales = random.nextInt(3);
        for (int i = 0; i < sales; i++) {
            int year = 2021 + random.nextInt(7);
            LocalDate from = random.nextInt(4) == 0 ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 1);
            LocalDate to = from.plusYears(1).minusDays(1);
            BigDecimal yuan = BigDecimal.valueOf(100_000L * (1 + random.nextInt(600)));
            records.add(new RepresentativeWork(null, WorkKind.SALES_AMOUNT, "营销额" + i, to.plusDays(5),
                    WorkRole.PRINCIPAL, Optional.of(new SalesAmount("抖音", "shop-" + i, yuan, from, to)),
                    Optional.empty(), Optional.empty()));
        }
        if (random.nextBoolean()) {
            LocalDate asOf = date(workStart, LATEST);
            records.add(new RepresentativeWork(null, WorkKind.FAN_COUNT, "粉丝量", asOf,
                    random.nextBoolean() ? WorkRole.PRINCIPAL : WorkRole.PARTICIPANT, Optional.empty(),
                    Optional.of(new FanCount("抖音", 5_000L * (1 + random.nextInt(400)), asOf)), Optional.empty()));
        }
        return records;
    }

    private Series other(Series series) {
        return series == Series.ENGINEERING ? Series.MARKETING : Series.ENGINEERING;
    }

    /** A day in [from, to], or {@code from} when the range is empty. */
    private LocalDate date(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }
}
