package cn.zhicheng.core.calendar;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The calendar core ships, loaded once for the tests, and small helpers. */
final class Calendars {

    static final StrictReader READER = new StrictReader(BilingualValidator.create(
            Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), Publicity.ZONE)));

    static final WorkingDays SHIPPED = HolidayData.load(READER);

    private Calendars() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A message in Chinese and English, as a user reads it. */
    static String both(Message message) {
        return Messages.both(message).both();
    }
}
