package cn.zhicheng.core.calendar;

import static cn.zhicheng.core.calendar.Calendars.CALENDAR;
import static cn.zhicheng.core.calendar.Calendars.both;
import static cn.zhicheng.core.calendar.Calendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    /** Adding a year's file changes this list: the loader picks the file up by its name. */
    @Test
    void theShippedDataCoversTheListedYears() {
        assertEquals(List.of(2021, 2022, 2023, 2024, 2025, 2026), Calendars.SHIPPED.years());
        assertEquals(date("2021-01-01"), Calendars.SHIPPED.firstDay());
        assertEquals(date("2026-11-30"), Calendars.SHIPPED.lastDay());
    }

    @Test
    void theLastYearsDecemberIsNotCoveredUntilTheNextYearsNoticeIsLoaded() {
        // 2027's notice may move days of December 2026, as 2019's moved 2018-12-29 and 2018-12-31
        assertEquals(date("2026-11-30"), CALENDAR.lastDay());
        assertTrue(CALENDAR.isWorkingDay(date("2026-11-30")));
        DateBeyondCalendar beyond = assertThrows(DateBeyondCalendar.class,
                () -> CALENDAR.isWorkingDay(date("2026-12-01")));
        assertTrue(both(beyond.message()).contains("2027"), both(beyond.message()));
        // an earlier December is covered: the next year's file is loaded
        assertFalse(CALENDAR.isWorkingDay(date("2025-12-27")));
        assertTrue(CALENDAR.isWorkingDay(date("2025-12-31")));
    }

    @Test
    void aDateIn2027IsRefusedNamingTheCoveredRange() {
        DateBeyondCalendar beyond = assertThrows(DateBeyondCalendar.class,
                () -> CALENDAR.isWorkingDay(date("2027-03-15")));
        assertEquals(date("2027-03-15"), beyond.date());
        assertEquals(date("2021-01-01"), beyond.firstDay());
        assertEquals(date("2026-11-30"), beyond.lastDay());
        String text = both(beyond.message());
        assertTrue(text.contains("2027-03-15") && text.contains("2021-01-01") && text.contains("2026-11-30")
                && text.contains("决定 D-5"), text);
    }

    @Test
    void aDateBeforeTheDataIsRefusedToo() {
        DateBeyondCalendar before = assertThrows(DateBeyondCalendar.class,
                () -> CALENDAR.isWorkingDay(date("2020-12-31")));
        assertTrue(both(before.message()).contains("2021-01-01"), both(before.message()));
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
        "2025-09-28, true",   // Sunday, 调休 working day of National Day 2025
        "2025-10-01, false",  // National Day
        "2025-10-08, false",  // last day of the 2025 National Day holiday, a Wednesday
        "2025-10-11, true",   // Saturday, 调休 working day
        "2025-10-12, false",  // an ordinary Sunday
        "2025-10-09, true",   // an ordinary Thursday
        "2022-12-31, false",  // listed in 2023's file (New Year 2023)
        "2025-01-26, true",   // Sunday, 调休 working day of Spring Festival 2025
        "2026-02-23, false",  // Spring Festival 2026, a Monday
        "2026-02-28, true",   // Saturday, 调休 working day of Spring Festival 2026
    })
    void aDayIsWorkedAsTheNoticeOfItsYearSays(String day, boolean working) {
        assertEquals(working, CALENDAR.isWorkingDay(date(day)));
    }

    @Test
    void eachDayIsExplainedByItsKind() {
        assertTrue(both(CALENDAR.describe(date("2025-09-28"))).contains("调休上班日"));
        assertTrue(both(CALENDAR.describe(date("2025-10-01"))).contains("国庆节、中秋节"));
        assertTrue(both(CALENDAR.describe(date("2025-10-12"))).contains("rest day"));
    }

    @Test
    void workingDaysAreCountedAcrossTheSpringFestival() {
        // 2025-01-27 to 2025-02-09: Monday 1-27, then 1-28..2-4 off, 2-5..2-7, and Saturday 2-8 worked
        assertEquals(5, CALENDAR.countWorkingDays(date("2025-01-27"), date("2025-02-09")));
    }
}
