package cn.zhicheng.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Certificates;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.Employment;
import cn.zhicheng.core.applicant.EmploymentKind;
import cn.zhicheng.core.applicant.Identity;
import cn.zhicheng.core.applicant.RecognitionLevel;
import cn.zhicheng.core.applicant.Recommender;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.TalentKind;
import cn.zhicheng.core.applicant.TalentRecognition;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.applicant.TrainingCertificate;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.spi.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Holding more never leaves anyone worse off: over a seeded, generated population, more years of work, a higher
 * degree, a ministry training certificate for the field (五(二)6, 决定 D-18) or one more representative work never
 * lowers the highest level an applicant reaches, in each series' baseline ladder.
 */
class MonotonicityPropertyTest {

    private static final long SEED = 20211020L;
    private static final int APPLICANTS = 2000;
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /** The minimal annex's achievements on each series' baseline ladder (design.md: one ladder per series). */
    private static final List<FieldCriteria> FIELDS = Arrays.stream(Series.values())
            .map(MonotonicityPropertyTest::inSeries).toList();

    /** Kinds that carry no quantity, so one more of them is always a valid file (决定 D-17 refuses overlaps). */
    private static final List<WorkKind> KINDS = Arrays.stream(WorkKind.values())
            .filter(k -> k != WorkKind.SALES_AMOUNT && k != WorkKind.FAN_COUNT && k != WorkKind.SERVICE_RECORD)
            .toList();

    private final Evaluator evaluator = new Evaluator();

    /** One of the four improvements, by name. */
    private record Improvement(String name, UnaryOperator<ApplicantFile> apply) {
    }

    @Test
    void havingMoreNeverLowersTheHighestLevelReached() {
        Random random = new Random(SEED);
        List<String> violations = new ArrayList<>();
        int reachedSomeLevel = 0;
        int[] raised = new int[4];
        for (int i = 0; i < APPLICANTS && violations.size() < 5; i++) {
            FieldCriteria field = FIELDS.get(random.nextInt(FIELDS.size()));
            ApplicantFile applicant = applicant(random, field);
            Optional<Level> before = highest(applicant, field);
            reachedSomeLevel += before.isPresent() ? 1 : 0;
            List<Improvement> improvements = improvements(random, applicant, field);
            for (int k = 0; k < improvements.size(); k++) {
                Improvement improvement = improvements.get(k);
                Optional<Level> after = highest(improvement.apply().apply(applicant), field);
                raised[k] += rank(after) > rank(before) ? 1 : 0;
                if (rank(after) < rank(before)) {
                    violations.add("applicant " + i + " in " + field.field().series() + ": " + improvement.name()
                            + " lowers " + before + " to " + after + "\n    " + applicant);
                }
            }
        }
        assertTrue(violations.isEmpty(), "holding more lowered the highest level:\n" + String.join("\n", violations));
        // a population where nobody reaches anything, or no improvement ever matters, would prove nothing
        assertTrue(reachedSomeLevel > APPLICANTS / 4, "applicants reaching some level: " + reachedSomeLevel);
        assertTrue(Arrays.stream(raised).allMatch(n -> n > 0), "applicants each improvement raised: "
                + Arrays.toString(raised));
    }

    private Optional<Level> highest(ApplicantFile applicant, FieldCriteria field) {
        return evaluator.highest(applicant, field, AS_OF).level();
    }

    private static int rank(Optional<Level> level) {
        return level.map(l -> l.ordinal() + 1).orElse(0);
    }

    private static List<Improvement> improvements(Random random, ApplicantFile a, FieldCriteria field) {
        int extraYears = 1 + random.nextInt(3);
        Degree current = a.highestEducation(AS_OF).map(Education::degree).orElse(Degree.HIGH_SCHOOL);
        int above = Degree.values().length - 1 - current.ordinal();
        Degree higher = above == 0 ? current : Degree.values()[current.ordinal() + 1 + random.nextInt(above)];
        LocalDate graduated = date(random, LocalDate.of(2000, 1, 1), AS_OF);
        LocalDate trainedOn = date(random, a.professionalWorkStart(), AS_OF);
        RepresentativeWork work = work(random, a.professionalWorkStart(), "extra");
        return List.of(
                new Improvement("starting work " + extraYears + " year(s) earlier",
                        x -> with(x, x.education(), x.professionalWorkStart().minusYears(extraYears), x.training(),
                                x.works())),
                new Improvement("a " + higher + " degree", x -> with(x, plus(x.education(),
                        new Education(null, higher, "工学", Optional.empty(), graduated)),
                        x.professionalWorkStart(), x.training(), x.works())),
                new Improvement("a ministry training certificate for " + field.field().code() + " of " + trainedOn,
                        x -> with(x, x.education(), x.professionalWorkStart(), plus(x.training(),
                                new TrainingCertificate(null, "部级培训", field.field().code(), true, 120, trainedOn)),
                                x.works())),
                new Improvement("one more work " + work, x -> with(x, x.education(), x.professionalWorkStart(),
                        x.training(), plus(x.works(), work))));
    }

    /** A random applicant: degree, work start, a chain of titles in the field's series (or another), evidence. */
    private static ApplicantFile applicant(Random random, FieldCriteria field) {
        LocalDate workStart = date(random, LocalDate.of(1995, 1, 1), AS_OF);
        Degree degree = Degree.values()[random.nextInt(Degree.values().length)];
        List<TitleHeld> titles = new ArrayList<>();
        LocalDate since = workStart;
        Series series = random.nextInt(5) == 0 ? Series.values()[random.nextInt(Series.values().length)]
                : field.field().series();
        for (Level level : Level.awarded()) {
            if (random.nextInt(3) == 0 || since.isAfter(AS_OF.minusYears(1))) {
                break;
            }
            since = date(random, since.plusYears(1), AS_OF);
            titles.add(new TitleHeld(null, series, level, Optional.empty(), Optional.empty(), since));
        }
        List<TrainingCertificate> training = random.nextInt(4) != 0 ? List.of() : List.of(new TrainingCertificate(
                null, "培训", random.nextBoolean() ? field.field().code() : "OTHER_FIELD", random.nextBoolean(), 80,
                date(random, workStart, AS_OF)));
        List<TalentRecognition> recognitions = random.nextInt(6) != 0 ? List.of() : List.of(new TalentRecognition(
                null, TalentKind.values()[random.nextInt(TalentKind.values().length)], "吉林省",
                RecognitionLevel.values()[random.nextInt(RecognitionLevel.values().length)],
                date(random, workStart, AS_OF)));
        List<RepresentativeWork> works = new ArrayList<>();
        for (int n = random.nextInt(6); n > 0; n--) {
            works.add(work(random, workStart, "w" + n));
        }
        EmploymentKind kind = random.nextInt(8) == 0 ? EmploymentKind.values()[random.nextInt(
                EmploymentKind.values().length)] : random.nextBoolean() ? EmploymentKind.FREELANCE
                : EmploymentKind.PRIVATE_ENTERPRISE;
        Optional<String> occupation = field.field().occupations().isEmpty() ? Optional.empty()
                : Optional.of(field.field().occupations().get(0).code());
        return new ApplicantFile(new Identity("测试", "220102199001011239", Optional.empty()),
                new Employment(kind, Optional.empty(), Optional.empty(), "220102", null, false),
                Optional.of(new Recommender(RecommenderKind.INCUBATOR, "孵化园", Optional.empty())), occupation,
                List.of(new Education(null, degree, "管理学", Optional.empty(), date(random, LocalDate.of(1990, 1, 1),
                        workStart))), titles, workStart, training, recognitions, works, Certificates.NONE);
    }

    private static RepresentativeWork work(Random random, LocalDate from, String title) {
        // half are project reports, the kind the fixture's achievements count, so that levels are reached
        WorkKind kind = random.nextBoolean() ? WorkKind.PROJECT_REPORT : KINDS.get(random.nextInt(KINDS.size()));
        WorkRole role = WorkRole.values()[random.nextInt(WorkRole.values().length)];
        LocalDate on = date(random, from, AS_OF);
        return new RepresentativeWork(null, kind, title + " " + kind + " " + on, on, role, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static ApplicantFile with(ApplicantFile a, List<Education> education, LocalDate workStart,
                                      List<TrainingCertificate> training, List<RepresentativeWork> works) {
        return new ApplicantFile(a.identity(), a.employment(), a.recommender(), a.occupation(), education,
                a.titles(), workStart, training, a.recognitions(), works, a.certificates());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    private static LocalDate date(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** The minimal annex moved into a series (with the domain and occupations that series needs). */
    private static FieldCriteria inSeries(Series series) {
        String yaml = Fixtures.minimal().replace("series: ENGINEERING", "series: " + series);
        if (series != Series.ENGINEERING) {
            yaml = yaml.replace("domain: HIGH_TECH", "domain: NEW_ECONOMY");
        }
        if (series == Series.SOCIAL_SERVICE) {
            yaml = yaml.replace("    annex: 附件1\n",
                    "    annex: 附件1\n    occupations: [{code: CHILDCARE, name: {zh: 育婴, en: childcare}}]\n");
        }
        return Fixtures.field(yaml);
    }
}
