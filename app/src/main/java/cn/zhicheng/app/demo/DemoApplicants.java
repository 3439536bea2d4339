package cn.zhicheng.app.demo;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.input.StrictReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated applicants for the demonstration round, over all thirteen fields: each is written as an applicant file
 * (YAML, the same schema a person submits) and read through the strict reader, so the demo submits what a person
 * could. A seed fixes everyone; most are eligible at the intermediate level, some lack years or achievements and are
 * refused at the qualification review with the clause — as in a real round.
 */
public final class DemoApplicants {

    /** The fields of the thirteen annexes, in annex order (附件1 to 附件13). */
    public static final List<String> FIELDS = List.of("AI", "IOT", "BIG_DATA", "CLOUD", "DIGITAL_MANAGEMENT",
            "SMART_MANUFACTURING", "INDUSTRIAL_INTERNET", "VIRTUAL_REALITY", "INTEGRATED_CIRCUIT", "BLOCKCHAIN",
            "TECHNOLOGY_BROKERAGE", "MARKETING", "SOCIAL_SERVICE");

    /** A generated applicant: who, the field applied in, and the file as submitted. */
    public record Generated(String id, String name, String idNumber, String field, String employer,
                            String employerCreditCode, String recommender, String yaml, ApplicantFile dossier) {
        public Generated {
            requireNonNull(id, "id is null");
            requireNonNull(dossier, "dossier is null");
        }
    }

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "高", "罗"};
    private static final String[] GIVEN = {"晓雨", "子涵", "浩然", "思远", "雨桐", "俊杰", "欣怡", "博文", "佳怡", "宇航",
        "诗涵", "文轩", "梓萱", "明哲", "一鸣", "若曦", "天佑", "静怡", "嘉豪", "梦琪"};
    private static final String[] CITIES = {"长春", "吉林", "四平", "通化", "白山", "松原", "延边", "辽源", "白城"};
    private static final String[] REGIONS = {"220102", "220202", "220302", "220502", "220602", "220702", "222401",
        "220402", "220802"};
    private static final String[] BUSINESS = {"智算科技有限公司", "数联信息技术有限公司", "云启网络科技有限公司",
        "智造装备有限公司", "链信数据服务有限公司", "星河电子科技有限公司", "优品电子商务有限公司", "安心家政服务有限公司"};
    private static final String[] OCCUPATIONS = {"CHILDCARE", "HOUSEKEEPING", "DESIGNATED_DRIVING",
        "ONLINE_EDUCATION"};

    private final StrictReader reader;

    public DemoApplicants(StrictReader reader) {
        this.reader = requireNonNull(reader, "reader is null");
    }

    /** {@code count} applicants from {@code seed}, the fields taken in turn. */
    public List<Generated> generate(long seed, int count) {
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("a demonstration round has 1 to 10,000 applicants, not " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Generated> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(random, i));
        }
        return List.copyOf(out);
    }

    private Generated one(SplittableRandom random, int i) {
        String field = FIELDS.get(i % FIELDS.size());
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        int city = random.nextInt(CITIES.length);
        int business = random.nextInt(BUSINESS.length);
        String employer = CITIES[city] + BUSINESS[business];
        String creditCode = creditCode(REGIONS[city], city * BUSINESS.length + business);
        LocalDate born = LocalDate.of(1980 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String idNumber = idNumber(REGIONS[city], born, 100 + i % 900);
        String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
        LocalDate graduated = LocalDate.of(born.getYear() + 22, 6, 30);
        // one in six started too recently for the intermediate level: refused at the qualification review
        boolean tooRecent = random.nextInt(6) == 0;
        LocalDate workStart = tooRecent ? LocalDate.of(2024, 3, 1)
                : graduated.plusMonths(2 + random.nextInt(24)).withDayOfMonth(1);
        if (workStart.isAfter(LocalDate.of(2021, 3, 1)) && !tooRecent) {
            workStart = LocalDate.of(2021, 3, 1);
        }
        String recommender = CITIES[city] + "新区" + ("MARKETING".equals(field) ? "电子商务产业园"
                : "SOCIAL_SERVICE".equals(field) ? "人力资源服务产业园" : "高新技术创业孵化园");
        StringBuilder y = new StringBuilder();
        y.append("identity:\n  name: ").append(name).append("\n  idNumber: \"").append(idNumber)
                .append("\"\n  phone: \"").append(phone).append("\"\n");
        y.append("employment:\n  kind: PRIVATE_ENTERPRISE\n  employer: ").append(employer)
                .append("\n  employerCreditCode: ").append(creditCode)
                .append("\n  labourRelationRegion: \"").append(REGIONS[city])
                .append("\"\n  publicInstitutionArrangement: NONE\n  retired: false\n");
        y.append("recommender:\n  kind: INCUBATOR\n  name: ").append(recommender).append('\n');
        if ("SOCIAL_SERVICE".equals(field)) {
            y.append("occupation: ").append(OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]).append('\n');
        }
        y.append("education:\n  - id: edu-1\n    degree: BACHELOR\n    major: 计算机科学与技术\n    institution: 吉林大学\n")
                .append("    graduated: ").append(graduated).append('\n');
        y.append("professionalWorkStart: ").append(workStart).append('\n');
        y.append("titles: []\n");
        y.append("training:\n  - id: training-1\n    programme: 新职业职业技术技能培训\n    field: ").append(field)
                .append("\n    organisedByMohrss: true\n    hours: 128\n    issued: 2025-10-15\n");
        y.append("recognitions: []\n");
        y.append("works:\n").append(works(field, random));
        y.append("certificates:\n  foreignLanguage: []\n  computer: []\n  continuingEducationCredits: ")
                .append(random.nextInt(60)).append('\n');
        String yaml = y.toString();
        String id = String.format("demo-%04d", i + 1);
        ApplicantFile dossier = reader.read(id + ".yaml", yaml.getBytes(StandardCharsets.UTF_8),
                StrictReader.Syntax.YAML, ApplicantFile.class);
        return new Generated(id, name, idNumber, field, employer, creditCode, recommender, yaml, dossier);
    }

    /** The field's achievements: works for engineering, sales or fans for marketing, service hours for services. */
    private static String works(String field, SplittableRandom random) {
        StringBuilder w = new StringBuilder();
        if ("MARKETING".equals(field)) {
            long yuan = 1_800_000L + random.nextInt(3_000_000);
            w.append("  - {id: sales-2025, kind: SALES_AMOUNT, title: 2025年直播销售额, date: 2026-01-05,\n")
                    .append("     sales: {platform: 抖音, account: shop-").append(random.nextInt(10_000))
                    .append(", yuan: ").append(yuan).append(", from: 2025-01-01, to: 2025-12-31}}\n");
            w.append("  - {id: plan-1, kind: PLANNING_DESIGN, title: 直播营销方案, date: 2023-05-01, role: PRINCIPAL}\n");
        } else if ("SOCIAL_SERVICE".equals(field)) {
            int hours = 5_000 + random.nextInt(4_000);
            w.append("  - {id: service-1, kind: SERVICE_RECORD, title: 服务记录, date: 2026-01-05,\n")
                    .append("     service: {hours: ").append(hours).append(", from: 2023-01-01, to: 2025-12-31}}\n");
        } else {
            w.append("  - {id: work-1, kind: PROJECT_REPORT, title: 系统建设项目报告, date: 2022-05-01, role: PRINCIPAL}\n");
            w.append("TECHNOLOGY_BROKERAGE".equals(field)
                    ? "  - {id: work-2, kind: FEASIBILITY_STUDY, title: 技术转移可行性研究报告, date: 2023-08-15, role: PARTICIPANT}\n"
                    : "  - {id: work-2, kind: DESIGN_DOCUMENT, title: 平台设计文件, date: 2023-08-15, role: PARTICIPANT}\n");
            if (random.nextInt(4) > 0) {
                w.append("  - {id: work-3, kind: PATENT, title: 一种数据处理方法, date: 2024-04-20, role: PRINCIPAL}\n");
            }
        }
        return w.toString();
    }

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * A unified social credit code of GB 32100 for the {@code n}th employer of a region: enterprise (9, 1), the
     * region, a generated organisation code and the check character. One employer, one code.
     */
    public static String creditCode(String region, int n) {
        String body = "91" + region + "MA" + String.format("%07d", n);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += CREDIT_ALPHABET.indexOf(body.charAt(k)) * CREDIT_WEIGHTS[k];
        }
        int check = 31 - sum % 31;
        return body + CREDIT_ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** An ID number of GB 11643: region, birth date, sequence and the check character. */
    static String idNumber(String region, LocalDate born, int sequence) {
        String body = region + String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth()) + String.format("%03d", sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * weights[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
