package cn.zhicheng.core.calendar;

import static cn.zhicheng.core.calendar.Calendars.CALENDAR;
import static cn.zhicheng.core.calendar.Calendars.both;
import static cn.zhicheng.core.calendar.Calendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppealWindowTest {

    private static Publicity result(String postedOn) {
        return Publicity.posted(CALENDAR, Publicity.Kind.RESULT, date(postedOn));
    }

    @Test
    void thirtyDaysEndingOnNationalDayMoveToTheFirstWorkingDayAfterTheHoliday() {
        Publicity publicity = result("2025-08-26"); // ends 2025-09-01; 30 days later is 2025-10-01
        assertEquals(date("2025-09-01"), publicity.lastDay());
        AppealWindow window = AppealWindow.after(CALENDAR, publicity);
        assertEquals(date("2025-10-01"), window.nominalLastDay());
        assertEquals(date("2025-10-09"), window.lastDay());
        assertTrue(window.moved());
        assertTrue(window.accepts(date("2025-10-09")));
        assertFalse(window.accepts(date("2025-10-10")));
        assertTrue(window.accepts(Instant.parse("2025-10-09T15:59:59Z")));
        assertFalse(window.accepts(Instant.parse("2025-10-09T16:00:00Z")));
        String text = both(window.explain());
        assertTrue(text.contains("2025-10-01") && text.contains("2025-10-09") && text.contains("第二百零三条"), text);
    }

    @Test
    void aLastDayOnAnOrdinarySundayMovesToMonday() {
        AppealWindow window = AppealWindow.after(CALENDAR, result("2025-06-09")); // ends 2025-06-13
        assertEquals(date("2025-07-13"), window.nominalLastDay());
        assertEquals(date("2025-07-14"), window.lastDay());
    }

    @Test
    void aLastDayOnAnAdjustedWorkingSaturdayStays() {
        AppealWindow window = AppealWindow.after(CALENDAR, result("2025-09-05")); // ends 2025-09-11
        assertEquals(date("2025-10-11"), window.lastDay());
        assertFalse(window.moved());
    }

    @Test
    void theStartDayIsNotCounted() {
        // publicity ends 2025-09-01: day 1 of the period is 2025-09-02, day 30 is 2025-10-01
        AppealWindow window = AppealWindow.after(CALENDAR, result("2025-08-26"));
        assertEquals(date("2025-09-01").plusDays(30), window.nominalLastDay());
    }

    @Test
    void aRequestBeforeThePublicityEndsIsAccepted() {
        AppealWindow window = AppealWindow.after(CALENDAR, result("2025-08-26"));
        assertTrue(window.accepts(date("2025-08-27")));
        assertTrue(both(window.explain(date("2025-08-27"))).contains("决定 D-10"));
        assertTrue(both(window.explain(date("2025-10-10"))).contains("refused"));
    }

    @Test
    void thePeriodLengthIsConfigurable() {
        AppealWindow window = AppealWindow.after(CALENDAR, result("2025-08-26"), 15);
        assertEquals(date("2025-09-16"), window.lastDay());
        assertEquals(15, window.days());
    }

    @Test
    void onlyAResultPublicityOpensReExamination() {
        Publicity recommendation = Publicity.posted(CALENDAR, Publicity.Kind.RECOMMENDATION, date("2025-08-26"));
        assertThrows(IllegalArgumentException.class, () -> AppealWindow.after(CALENDAR, recommendation));
    }

    @Test
    void aLastDayBeyondTheDataIsRefused() {
        assertThrows(DateBeyondCalendar.class, () -> AppealWindow.after(CALENDAR, result("2026-11-02")));
    }
}
