package cn.zhicheng.core.calendar;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import java.time.LocalDate;

/**
 * A date the holiday data does not cover. Whether it is a working day is unknown, and a deadline that needs it is
 * not computed: it is an error, never a guess (决定 D-5). Carries the date and the range that is covered, so the
 * message can say which year's data to add.
 */
public final class DateBeyondCalendar extends RuntimeException {

    private final LocalDate date;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    DateBeyondCalendar(LocalDate date, LocalDate firstDay, LocalDate lastDay) {
        super(Messages.both(message(date, firstDay, lastDay)).both(), null, false, false);
        this.date = requireNonNull(date, "date is null");
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    private static Message message(LocalDate date, LocalDate firstDay, LocalDate lastDay) {
        return date.isBefore(firstDay) ? Message.of("calendar.beforeData", date, firstDay, lastDay)
                : Message.of("calendar.beyond", date, firstDay, lastDay, lastDay.getYear() + 1);
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    /** The refusal, in Chinese and English: the date, the covered range and the year whose data is missing. */
    public Message message() {
        return message(date, firstDay, lastDay);
    }
}
