package cn.zhicheng.core.calendar;

import static cn.zhicheng.core.calendar.Calendars.READER;
import static cn.zhicheng.core.calendar.Calendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayDataTest {

    private static HolidayData.Source file(int year, String json) {
        return new HolidayData.Source(year, year + ".json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String days(int year, String days) {
        return "{\"year\": " + year + ", \"papers\": [\"https://www.gov.cn/\"], \"days\": [" + days + "]}";
    }

    private static String day(String date, boolean off) {
        return "{\"name\": \"元旦\", \"date\": \"" + date + "\", \"isOffDay\": " + off + "}";
    }

    private static List<InputProblem> refused(HolidayData.Source... files) {
        return assertThrows(InputRejected.class, () -> HolidayData.read(READER, List.of(files))).problems();
    }

    private static void assertNames(InputProblem problem, String file, String path, String words) {
        assertEquals(file, problem.source(), problem.describe());
        assertEquals(path, problem.path(), problem.describe());
        assertTrue(problem.describe().contains(words), problem.describe());
    }

    @Test
    void aDecemberDateInTheNextYearsFileCounts() {
        WorkingDays calendar = HolidayData.read(READER, List.of(
                file(2018, days(2018, "")),
                file(2019, days(2019, day("2018-12-29", false) + "," + day("2018-12-31", true)))));
        assertTrue(calendar.isWorkingDay(date("2018-12-29")));
        assertFalse(calendar.isWorkingDay(date("2018-12-31")));
    }

    @Test
    void aFileWhoseYearDoesNotMatchItsNameIsRefused() {
        List<InputProblem> problems = refused(file(2021, days(2022, "")));
        assertEquals(1, problems.size());
        assertNames(problems.get(0), "2021.json", "year", "2022");
    }

    @Test
    void aDateListedTwiceIsRefusedNamingBothPlaces() {
        List<InputProblem> problems = refused(
                file(2022, days(2022, day("2022-12-31", true))),
                file(2023, days(2023, day("2022-12-31", true))));
        assertEquals(1, problems.size());
        assertNames(problems.get(0), "2023.json", "days[0].date", "2022.json days[0].date");
    }

    @Test
    void malformedJsonIsRefusedWithTheFileAndTheParsersWords() {
        List<InputProblem> problems = refused(file(2021, "{\"year\": 2021, \"papers\": [], \"days\": [}"));
        assertEquals("2021.json", problems.get(0).source());
        assertTrue(problems.get(0).line() > 0, problems.get(0).describe());
    }

    @Test
    void everyProblemOfEveryFileIsReportedTogether() {
        List<InputProblem> problems = refused(
                file(2021, days(2021, day("2021-06-01", false) + "," + day("2019-12-31", true))),
                file(2022, "{\"year\": 2022, \"papers\": [], \"days\": [], \"extra\": 1}"),
                file(2024, days(2024, "")));
        assertEquals(4, problems.size(), problems.stream().map(InputProblem::describe).toList().toString());
        assertNames(problems.get(0), "2021.json", "days[0].date", "not a Saturday or Sunday");
        assertNames(problems.get(1), "2021.json", "days[1].date", "2019-12-31");
        assertEquals("2022.json", problems.get(2).source()); // the unknown key
        assertNames(problems.get(3), "2024.json", "", "(2022)"); // 2023 is missing
    }

    @Test
    void aNewYearsFileIsPickedUpByItsName(@TempDir Path folder) throws IOException {
        Path holidays = Files.createDirectories(folder.resolve(HolidayData.FOLDER));
        Files.writeString(holidays.resolve("2021.json"), days(2021, ""));
        Files.writeString(holidays.resolve("2022.json"), days(2022, day("2021-12-31", true)));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            WorkingDays calendar = HolidayData.load(READER, loader);
            assertEquals(List.of(2021, 2022), calendar.years());
            assertEquals(date("2022-11-30"), calendar.lastDay());
            assertFalse(calendar.isWorkingDay(date("2021-12-31")));
        }
    }

    @Test
    void noFileAtAllIsRefused() {
        assertFalse(refused().isEmpty());
    }
}
