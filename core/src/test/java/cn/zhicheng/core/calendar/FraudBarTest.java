package cn.zhicheng.core.calendar;

import static cn.zhicheng.core.calendar.Calendars.both;
import static cn.zhicheng.core.calendar.Calendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FraudBarTest {

    private static final FraudBar LEAP_DAY = new FraudBar(date("2024-02-29"), "吉人社职称撤字〔2024〕1号");

    @Test
    void aRevocationOnALeapDayBarsThroughThe28thOfFebruaryThreeYearsLater() {
        assertEquals(date("2027-02-28"), LEAP_DAY.lastBarredDay());
        assertEquals(date("2027-03-01"), LEAP_DAY.firstFreeDay());
    }

    @Test
    void anApplicationOnTheLastDayOfTheBarIsRefusedWithTheDateTheBarEnds() {
        FraudBar.Barred barred = assertInstanceOf(FraudBar.Barred.class, LEAP_DAY.check(date("2027-02-28")));
        assertEquals(date("2027-02-28"), barred.lastBarredDay());
        assertEquals(date("2027-03-01"), barred.firstFreeDay());
        String text = both(barred.message());
        assertTrue(text.contains("2027-02-28") && text.contains("2027-03-01") && text.contains("吉人社职称撤字〔2024〕1号")
                && text.contains("决定 D-13"), text);
    }

    @Test
    void theDayAfterTheBarIsFreeToApply() {
        assertInstanceOf(FraudBar.Clear.class, LEAP_DAY.check(date("2027-03-01")));
    }

    @Test
    void theRevocationDayItselfIsBarred() {
        assertInstanceOf(FraudBar.Barred.class, LEAP_DAY.check(date("2024-02-29")));
    }

    @Test
    void anOrdinaryDateBarsThroughTheSameDayThreeYearsLater() {
        FraudBar bar = new FraudBar(date("2023-06-15"), "ref-1");
        assertInstanceOf(FraudBar.Barred.class, bar.check(date("2026-06-15")));
        assertInstanceOf(FraudBar.Clear.class, bar.check(date("2026-06-16")));
    }
}
