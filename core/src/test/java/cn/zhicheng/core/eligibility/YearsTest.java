package cn.zhicheng.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 决定 D-22: years counted as the Civil Code counts periods (民法典 第二百零一条、第二百零二条). */
class YearsTest {

    @Test
    void workBegunOnLeapDayCompletesAYearOnTheTwentyEighthOfFebruary() {
        LocalDate start = LocalDate.of(2020, 2, 29);
        assertEquals(LocalDate.of(2021, 2, 28), Years.completeOn(start, 1));
        assertEquals(0, Years.full(start, LocalDate.of(2021, 2, 27)));
        assertEquals(1, Years.full(start, LocalDate.of(2021, 2, 28)));
        assertTrue(Years.complete(start, 1, LocalDate.of(2021, 2, 28)));
        assertFalse(Years.complete(start, 1, LocalDate.of(2021, 2, 27)));
    }

    @Test
    void fourYearsFromALeapDayEndOnTheNextLeapDay() {
        LocalDate start = LocalDate.of(2020, 2, 29);
        assertEquals(LocalDate.of(2024, 2, 29), Years.completeOn(start, 4));
        assertEquals(3, Years.full(start, LocalDate.of(2024, 2, 28)));
        assertEquals(4, Years.full(start, LocalDate.of(2024, 2, 29)));
    }

    @Test
    void yearsEndOnTheCorrespondingDay() {
        LocalDate start = LocalDate.of(2021, 3, 1);
        assertEquals(LocalDate.of(2026, 3, 1), Years.completeOn(start, 5));
        assertEquals(4, Years.full(start, LocalDate.of(2026, 2, 28)));
        assertEquals(5, Years.full(start, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void theCountAndTheDateNamedAgreeForEveryStartInFourYears() {
        // every start day of a leap cycle, every requirement of the ladders: complete on the date named, not the day before
        for (LocalDate start = LocalDate.of(2019, 1, 1); start.isBefore(LocalDate.of(2023, 1, 1));
                start = start.plusDays(1)) {
            for (int n = 1; n <= 11; n++) {
                LocalDate on = Years.completeOn(start, n);
                assertTrue(Years.full(start, on) >= n, start + " + " + n);
                assertEquals(n - 1, Years.full(start, on.minusDays(1)), start + " + " + n);
            }
        }
    }

    @Test
    void nothingIsCountedBeforeTheStart() {
        assertEquals(0, Years.full(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30)));
    }

    /** Complete exactly on and after the day {@link Years#completeOn} names, for every N the ladders ask, 0 too. */
    @Test
    void completeAgreesWithTheDateNamedOnEveryDay() {
        for (LocalDate start = LocalDate.of(2019, 12, 1); start.isBefore(LocalDate.of(2021, 4, 1));
                start = start.plusDays(1)) {
            for (LocalDate on = start.minusDays(3); on.isBefore(start.plusYears(13)); on = on.plusDays(3)) {
                for (int n = 0; n <= 12; n++) {
                    assertEquals(!on.isBefore(Years.completeOn(start, n)), Years.complete(start, n, on),
                            start + " + " + n + " on " + on);
                }
            }
        }
    }

    /** The full years are the most N for which {@link Years#complete} holds, on every day around leap years. */
    @Test
    void fullYearsAreTheMostCompleteOnEveryDay() {
        for (LocalDate start = LocalDate.of(2019, 12, 1); start.isBefore(LocalDate.of(2021, 4, 1));
                start = start.plusDays(1)) {
            for (LocalDate on = start.minusDays(3); on.isBefore(start.plusYears(6)); on = on.plusDays(5)) {
                int most = 0;
                while (Years.complete(start, most + 1, on)) {
                    most++;
                }
                assertEquals(on.isBefore(start) ? 0 : most, Years.full(start, on), start + " to " + on);
            }
        }
    }
}
