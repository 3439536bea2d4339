package cn.zhicheng.core.review.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.calendar.DateBeyondCalendar;
import cn.zhicheng.core.calendar.HolidayData;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The day a returned application must be resubmitted by, counted as the Civil Code counts (决定 D-22). */
class CorrectionDeadlineTest {

    private static final StrictReader READER = new StrictReader(BilingualValidator.create(
            Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneId.of("Asia/Shanghai"))));

    /** The holiday data of 2021–2026 only, so the edge of the data stays where these tests put it. */
    private static final WorkingDays CALENDAR = HolidayData.read(READER, IntStream.rangeClosed(2021, 2026)
            .mapToObj(CorrectionDeadlineTest::shipped).toList());

    private static HolidayData.Source shipped(int year) {
        String resource = HolidayData.FOLDER + year + ".json";
        try (InputStream in = CorrectionDeadlineTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new HolidayData.Source(year, resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theDayOfTheReturnIsNotCounted() {
        CorrectionDeadline d = CorrectionDeadline.after(CALENDAR, LocalDate.of(2026, 8, 10), 15);
        assertEquals(LocalDate.of(2026, 8, 25), d.lastDay());
        assertFalse(d.moved());
    }

    @Test
    void aLastDayOnAWeekendMovesToMonday() {
        CorrectionDeadline d = CorrectionDeadline.after(CALENDAR, LocalDate.of(2026, 8, 7), 15);
        assertEquals(LocalDate.of(2026, 8, 22), d.nominalLastDay());
        assertEquals(LocalDate.of(2026, 8, 24), d.lastDay());
        assertTrue(d.moved());
    }

    @Test
    void aLastDayInTheNationalDayHolidayMovesPastIt() {
        CorrectionDeadline d = CorrectionDeadline.after(CALENDAR, LocalDate.of(2026, 9, 18), 15);
        assertEquals(LocalDate.of(2026, 10, 3), d.nominalLastDay());
        assertEquals(LocalDate.of(2026, 10, 8), d.lastDay());
    }

    @Test
    void aMakeUpWorkingSaturdayIsAWorkingDay() {
        CorrectionDeadline d = CorrectionDeadline.after(CALENDAR, LocalDate.of(2026, 9, 25), 15);
        assertEquals(LocalDate.of(2026, 10, 10), d.lastDay());
        assertFalse(d.moved());
    }

    @Test
    void aLastDayBeyondTheHolidayDataIsAnErrorNotAGuess() {
        assertThrows(DateBeyondCalendar.class, () -> CorrectionDeadline.after(CALENDAR, LocalDate.of(2026, 12, 25),
                15));
    }

    @Test
    void theLengthHasARange() {
        assertThrows(IllegalArgumentException.class, () -> CorrectionDeadline.after(CALENDAR,
                LocalDate.of(2026, 8, 7), 0));
        assertThrows(IllegalArgumentException.class, () -> CorrectionDeadline.after(CALENDAR,
                LocalDate.of(2026, 8, 7), CorrectionDeadline.MOST_DAYS + 1));
    }
}
