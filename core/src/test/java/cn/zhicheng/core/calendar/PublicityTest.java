package cn.zhicheng.core.calendar;

import static cn.zhicheng.core.calendar.Calendars.CALENDAR;
import static cn.zhicheng.core.calendar.Calendars.both;
import static cn.zhicheng.core.calendar.Calendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.calendar.Publicity.Kind;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicityTest {

    private static Publicity posted(String on) {
        return Publicity.posted(CALENDAR, Kind.RECOMMENDATION, date(on));
    }

    /**
     * Five working days around each Spring Festival and National Day of 2021–2026, 调休 Saturdays and Sundays
     * included; the expected days were counted by hand from the State Council notices.
     */
    @ParameterizedTest(name = "posted {0}: day 1 {1}, last day {2}")
    @CsvSource({
        "2021-02-09, 2021-02-09, 2021-02-20",  // ends on Saturday 2-20, a 调休 working day
        "2021-09-29, 2021-09-29, 2021-10-11",
        "2022-01-29, 2022-01-29, 2022-02-09",  // posted on a 调休 Saturday: it is day 1
        "2022-09-29, 2022-09-29, 2022-10-10",
        "2023-01-19, 2023-01-19, 2023-01-30",
        "2023-09-29, 2023-10-07, 2023-10-11",  // posted on the Mid-Autumn holiday: day 1 is Saturday 10-07
        "2024-02-08, 2024-02-08, 2024-02-20",
        "2024-09-29, 2024-09-29, 2024-10-10",  // posted on a 调休 Sunday
        "2025-01-26, 2025-01-26, 2025-02-07",  // posted on a 调休 Sunday before the Spring Festival
        "2025-09-28, 2025-09-28, 2025-10-10",  // posted on a 调休 Sunday: 9-28, 9-29, 9-30, 10-09, 10-10
        "2025-09-30, 2025-09-30, 2025-10-13",  // spans the National Day week: 9-30, 10-09, 10-10, 10-11, 10-13
        "2025-10-03, 2025-10-09, 2025-10-14",  // posted on a holiday: day 1 is the next working day
        "2026-02-13, 2026-02-13, 2026-02-26",
        "2026-09-29, 2026-09-29, 2026-10-10",  // ends on Saturday 10-10, a 调休 working day
    })
    void fiveWorkingDaysFollowTheHolidayAndAdjustedWorkingDayData(String on, String firstDay, String lastDay) {
        Publicity publicity = posted(on);
        assertEquals(date(firstDay), publicity.firstDay());
        assertEquals(date(lastDay), publicity.lastDay());
    }

    @Test
    void thePeriodEndsAt2400ShanghaiTimeOnTheLastDay() {
        Publicity publicity = posted("2025-09-28");
        assertEquals(Instant.parse("2025-10-10T16:00:00Z"), publicity.endsAt());
        assertTrue(publicity.isWithin(Instant.parse("2025-10-10T15:59:59Z")));
        assertFalse(publicity.hasEnded(Instant.parse("2025-10-10T15:59:59Z")));
        assertFalse(publicity.isWithin(Instant.parse("2025-10-10T16:00:00Z")));
        assertTrue(publicity.hasEnded(Instant.parse("2025-10-10T16:00:00Z")));
        assertTrue(publicity.isWithin(date("2025-10-10")));
        assertTrue(publicity.hasEnded(date("2025-10-11")));
        assertFalse(publicity.isWithin(date("2025-09-27")));
    }

    @Test
    void aPostingInstantCountsFromItsDateInShanghai() {
        // 2025-09-27T17:00Z is 01:00 on Sunday 2025-09-28 in Shanghai, a 调休 working day
        Publicity publicity = Publicity.posted(CALENDAR, Kind.RESULT, Instant.parse("2025-09-27T17:00:00Z"), 5);
        assertEquals(date("2025-09-28"), publicity.postedOn());
        assertEquals(date("2025-10-10"), publicity.lastDay());
    }

    @Test
    void aLongerPeriodMayBeSetButNeverShorterThanFiveWorkingDays() {
        Publicity ten = Publicity.posted(CALENDAR, Kind.RESULT, date("2025-09-28"), 10);
        assertEquals(10, CALENDAR.countWorkingDays(ten.firstDay(), ten.lastDay()));
        IllegalArgumentException four = assertThrows(IllegalArgumentException.class,
                () -> Publicity.posted(CALENDAR, Kind.RESULT, date("2025-09-28"), 4));
        assertTrue(four.getMessage().contains("六(五)"), four.getMessage());
    }

    @Test
    void aPeriodRunningPastTheDataIsRefusedNotGuessed() {
        DateBeyondCalendar beyond = assertThrows(DateBeyondCalendar.class, () -> posted("2026-11-26"));
        assertEquals(date("2026-12-01"), beyond.date());
        assertTrue(both(beyond.message()).contains("2026-11-30"), both(beyond.message()));
    }

    @Test
    void thePeriodExplainsItselfCitingItsClauseAndDecisionD5() {
        Publicity publicity = posted("2025-09-30");
        String text = both(publicity.explain());
        assertTrue(text.contains("2025-09-30") && text.contains("2025-10-13") && text.contains("24:00")
                && text.contains("六(二)") && text.contains("决定 D-5"), text);
        assertTrue(both(publicity.explain(date("2025-10-14"))).contains("ended"));
        assertTrue(both(publicity.explain(date("2025-10-13"))).contains("within"));
        assertTrue(both(Publicity.posted(CALENDAR, Kind.RESULT, date("2025-09-30")).explain()).contains("六(五)"));
    }

    /**
     * Every posting day of 2021–2026, at five and at seven working days: the period holds exactly that many working
     * days, day 1 is the first working day on or after the posting, and the last day is a working day; a period
     * that would run past the data is refused.
     */
    @Test
    void everyPostingDateOf2021To2026GivesExactlyNWorkingDays() {
        int counted = 0;
        int refused = 0;
        for (LocalDate on = date("2021-01-01"); on.isBefore(date("2027-01-01")); on = on.plusDays(1)) {
            for (int n : new int[] {5, 7}) {
                Publicity publicity;
                try {
                    publicity = Publicity.posted(CALENDAR, Kind.RECOMMENDATION, on, n);
                } catch (DateBeyondCalendar e) {
                    assertTrue(e.date().isAfter(CALENDAR.lastDay()), on + ": " + e.getMessage());
                    assertTrue(on.isAfter(date("2026-11-15")), on + " refused too early: " + e.getMessage());
                    refused++;
                    continue;
                }
                assertEquals(n, CALENDAR.countWorkingDays(on, publicity.lastDay()), on + " for " + n);
                assertEquals(n, CALENDAR.countWorkingDays(publicity.firstDay(), publicity.lastDay()));
                assertTrue(CALENDAR.isWorkingDay(publicity.firstDay()), on.toString());
                assertEquals(0, CALENDAR.countWorkingDays(on, publicity.firstDay().minusDays(1)), on.toString());
                assertTrue(CALENDAR.isWorkingDay(publicity.lastDay()), on.toString());
                counted++;
            }
        }
        assertTrue(counted > 4_300, "periods checked: " + counted);
        assertTrue(refused > 0 && refused < 80, "periods refused at the end of the data: " + refused);
    }
}
