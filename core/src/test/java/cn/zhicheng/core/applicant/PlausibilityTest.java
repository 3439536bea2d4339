package cn.zhicheng.core.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zhicheng.core.applicant.validation.ResidentIdNumberValidator;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.StrictReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Impossible people are refused with the reason: the ID number, the region and the dates must fit a real life. */
class PlausibilityTest {

    /** 2026-06-30 in Asia/Shanghai. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final StrictReader reader = new StrictReader(BilingualValidator.create(TODAY));

    /** A resident ID number with a right check character: region, birth date, sequence. */
    static String id(String region, String birth) {
        String body = region + birth + "123";
        return body + ResidentIdNumberValidator.checkCharacter(body + "0");
    }

    private static String file(String idNumber, String region, String graduated, String workStart) {
        return """
                identity: {name: 张三, idNumber: "%s"}
                employment: {kind: FREELANCE, labourRelationRegion: "%s"}
                education: [{degree: BACHELOR, major: 软件工程, graduated: %s}]
                professionalWorkStart: %s
                """.formatted(idNumber, region, graduated, workStart);
    }

    private ApplicantFile read(String yaml) {
        return reader.read("a.yaml", yaml.getBytes(StandardCharsets.UTF_8), StrictReader.Syntax.YAML,
                ApplicantFile.class);
    }

    /** Each refused path with its English reason. */
    private Map<String, String> refused(String yaml) {
        List<InputProblem> problems = assertThrows(InputRejected.class, () -> read(yaml)).problems();
        return problems.stream().collect(Collectors.toMap(InputProblem::path, p -> p.reason().en(), (a, b) -> a + " | " + b));
    }

    @Test
    void aRealPersonIsAccepted() {
        read(file(id("220102", "19900101"), "220102", "2012-06-30", "2012-07-01"));
    }

    @Test
    void anIdNumberBornInTheFutureIsRefused() {
        assertEquals(Map.of("identity.idNumber", "the resident ID number gives a birth date in the future (2099-01-01)"),
                refused(file(id("220102", "20990101"), "220102", "2015-06-30", "2015-07-01")));
    }

    @Test
    void anIdNumberBornInTheYear1000IsRefused() {
        assertEquals("the resident ID number gives a birth date before 1900-01-01 (1000-01-01)",
                refused(file(id("220102", "10000101"), "220102", "2015-06-30", "2015-07-01")).get("identity.idNumber"));
    }

    @Test
    void aSixYearOldIsRefused() {
        String reason = refused(file(id("220102", "20200101"), "220102", "2025-06-30", "2026-01-01"))
                .get("identity.idNumber");
        assertEquals("the resident ID number gives a birth date of 2020-01-01: under 16 today (2026-06-30), too young "
                + "to work professionally", reason);
    }

    @Test
    void regionCodesThatExistNowhereAreRefused() {
        Map<String, String> refused = refused(file(id("990102", "19900101"), "990102", "2015-06-30", "2015-07-01"));
        assertEquals("the resident ID number starts with 99, which is no province, region or municipality of China "
                + "(GB/T 2260)", refused.get("identity.idNumber"));
        assertEquals("the labour-relation region starts with 99, which is no province, region or municipality of "
                + "China (GB/T 2260)", refused.get("employment.labourRelationRegion"));
    }

    @Test
    void workBeforeTheSixteenthBirthdayIsRefused() {
        assertEquals(Map.of("professionalWorkStart", "professional work cannot start before the 16th birthday "
                        + "(2006-01-01, by the ID number's birth date 1990-01-01)"),
                refused(file(id("220102", "19900101"), "220102", "2012-06-30", "2005-12-31")));
    }

    @Test
    void aWorkStartInTheYearZeroIsRefused() {
        assertEquals(Map.of("professionalWorkStart", "the date 0000-01-01 is before 1900-01-01"),
                refused(file(id("220102", "19900101"), "220102", "2012-06-30", "0000-01-01")));
    }

    @Test
    void graduationBeforeFourteenIsRefused() {
        assertEquals(Map.of("education[0].graduated", "graduation cannot come before the age of 14 (2004-01-01, "
                        + "by the ID number's birth date 1990-01-01)"),
                refused(file(id("220102", "19900101"), "220102", "1989-06-30", "2012-07-01")));
    }

    @Test
    void todayInShanghaiIsNotTheFutureWhileItIsStillYesterdayInUtc() {
        // 2026-06-30T17:00Z is 01:00 on 2026-07-01 in Shanghai (决定 D-14)
        Clock shanghai = Clock.fixed(Instant.parse("2026-06-30T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
        new StrictReader(BilingualValidator.create(shanghai)).read("a.yaml",
                file(id("220102", "19900101"), "220102", "2012-06-30", "2026-07-01").getBytes(StandardCharsets.UTF_8),
                StrictReader.Syntax.YAML, ApplicantFile.class);
    }
}
