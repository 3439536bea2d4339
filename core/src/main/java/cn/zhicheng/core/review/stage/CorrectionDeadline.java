package cn.zhicheng.core.review.stage;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.calendar.WorkingDays;
import java.time.LocalDate;

/**
 * The last day for resubmitting an application returned at the qualification review (六(三): missing items are told
 * all at once, and must come back in time). No decision fixes the length, so it is given ({@value #DEFAULT_DAYS} days
 * unless the reviewer sets another, {@value #FEWEST_DAYS}–{@value #MOST_DAYS}); it is counted the way every period
 * of the procedure is (决定 D-22, as 决定 D-10 counts the appeal period): the day of the return is not counted
 * (民法典 第二百零一条), and a last day that is a statutory holiday or rest day gives way to the first working day
 * after it (民法典 第二百零三条). A last day beyond the holiday data is an error, never a guess (决定 D-5).
 */
public record CorrectionDeadline(LocalDate returnedOn, int days, LocalDate nominalLastDay, LocalDate lastDay) {

    public static final int DEFAULT_DAYS = 15;
    public static final int FEWEST_DAYS = 1;
    public static final int MOST_DAYS = 90;

    public CorrectionDeadline {
        requireNonNull(returnedOn, "returnedOn is null");
        requireNonNull(nominalLastDay, "nominalLastDay is null");
        requireNonNull(lastDay, "lastDay is null");
        inRange(days);
    }

    /**
     * The deadline of a return on {@code returnedOn}; throws {@code DateBeyondCalendar} when the last day lies
     * beyond the holiday data.
     */
    public static CorrectionDeadline after(WorkingDays calendar, LocalDate returnedOn, int days) {
        requireNonNull(calendar, "calendar is null");
        requireNonNull(returnedOn, "returnedOn is null");
        inRange(days);
        // 第二百零一条: the day of the return is not counted
        LocalDate nominal = returnedOn.plusDays(days);
        // 第二百零三条: a last day that is a holiday or rest day gives way to the first working day after it
        LocalDate last = calendar.isWorkingDay(nominal) ? nominal : calendar.firstWorkingDayAfter(nominal);
        return new CorrectionDeadline(returnedOn, days, nominal, last);
    }

    private static void inRange(int days) {
        if (days < FEWEST_DAYS || days > MOST_DAYS) {
            throw new IllegalArgumentException("a correction period has " + FEWEST_DAYS + " to " + MOST_DAYS
                    + " days, not " + days);
        }
    }

    /** Whether the last day was moved off a holiday or rest day (民法典 第二百零三条). */
    public boolean moved() {
        return !lastDay.equals(nominalLastDay);
    }
}
