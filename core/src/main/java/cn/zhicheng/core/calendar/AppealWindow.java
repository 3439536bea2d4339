package cn.zhicheng.core.calendar;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The period in which an applicant may ask for re-examination (复查) of a result (决定 D-10): {@code days} days
 * (30 unless configured otherwise) after the result publicity (六(五)) ends. Counted as the Civil Code counts
 * periods (民法典 第二百零一条, 决定 D-22): the day the publicity ends is the start day and is not counted, so 30 days
 * end on the 30th day after it; when that day is a statutory holiday or rest day the period ends on the first
 * working day after it (民法典 第二百零三条), at 24:00 Asia/Shanghai. A request made before the publicity ends is
 * accepted too (决定 D-10).
 */
public final class AppealWindow {

    /** 决定 D-10's default length, in days. */
    public static final int DEFAULT_DAYS = 30;

    private final LocalDate publicityLastDay;
    private final int days;
    private final LocalDate nominalLastDay;
    private final LocalDate lastDay;

    private AppealWindow(LocalDate publicityLastDay, int days, LocalDate nominalLastDay, LocalDate lastDay) {
        this.publicityLastDay = publicityLastDay;
        this.days = days;
        this.nominalLastDay = nominalLastDay;
        this.lastDay = lastDay;
    }

    /** The window of {@value #DEFAULT_DAYS} days after {@code resultPublicity}. */
    public static AppealWindow after(WorkingDays calendar, Publicity resultPublicity) {
        return after(calendar, resultPublicity, DEFAULT_DAYS);
    }

    /**
     * The window of {@code days} days after the result publicity; throws {@link DateBeyondCalendar} when its last day
     * lies beyond the holiday data (whether it moves cannot be known).
     */
    public static AppealWindow after(WorkingDays calendar, Publicity resultPublicity, int days) {
        requireNonNull(calendar, "calendar is null");
        requireNonNull(resultPublicity, "resultPublicity is null");
        if (resultPublicity.kind() != Publicity.Kind.RESULT) {
            throw new IllegalArgumentException("re-examination follows the result publicity (六(五)), not "
                    + resultPublicity.kind());
        }
        if (days < 1) {
            throw new IllegalArgumentException("an appeal period has at least one day, not " + days);
        }
        LocalDate publicityLastDay = resultPublicity.lastDay();
        // 第二百零一条: the start day (the publicity's last day, ending at its 24:00) is not counted
        LocalDate nominal = publicityLastDay.plusDays(days);
        // 第二百零三条: a last day that is a holiday or rest day gives way to the first working day after it
        LocalDate last = calendar.isWorkingDay(nominal) ? nominal : calendar.firstWorkingDayAfter(nominal);
        return new AppealWindow(publicityLastDay, days, nominal, last);
    }

    /** The period's length in days, as configured. */
    public int days() {
        return days;
    }

    /** The day the result publicity ends, the start day the count does not include. */
    public LocalDate publicityLastDay() {
        return publicityLastDay;
    }

    /** The last day by count alone, before 第二百零三条 moves it. */
    public LocalDate nominalLastDay() {
        return nominalLastDay;
    }

    /** The last day a request is accepted, until 24:00 Asia/Shanghai. */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** Whether the last day was moved off a holiday or rest day (民法典 第二百零三条). */
    public boolean moved() {
        return !lastDay.equals(nominalLastDay);
    }

    /** The instant the window closes: 24:00 Asia/Shanghai on {@link #lastDay()}. */
    public Instant endsAt() {
        return lastDay.plusDays(1).atStartOfDay(Publicity.ZONE).toInstant();
    }

    /** Whether a request made on {@code date} is accepted: any day up to the last, also before the publicity ends. */
    public boolean accepts(LocalDate date) {
        return !date.isAfter(lastDay);
    }

    /** Whether a request made at {@code at} is accepted (before 24:00 Asia/Shanghai of the last day). */
    public boolean accepts(Instant at) {
        return at.isBefore(endsAt());
    }

    public List<Clause> clauses() {
        return List.of(Clause.decision(10), Clause.decision(22), new Clause("民法典 第二百零一条"),
                new Clause("民法典 第二百零三条"));
    }

    /** How the window was counted, and whether its last day moved. */
    public Message explain() {
        return moved()
                ? Message.of("calendar.appeal.windowMoved", days, publicityLastDay, nominalLastDay, lastDay)
                : Message.of("calendar.appeal.window", days, publicityLastDay, lastDay);
    }

    /** Whether a request on {@code date} is accepted, and why. */
    public Message explain(LocalDate date) {
        if (!accepts(date)) {
            return Message.of("calendar.appeal.late", date, lastDay, days);
        }
        return Message.of(date.isAfter(publicityLastDay) ? "calendar.appeal.inTime" : "calendar.appeal.early",
                date, lastDay);
    }
}
