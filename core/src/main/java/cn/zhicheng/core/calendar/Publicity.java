package cn.zhicheng.core.calendar;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * A publicity period of at least five working days: the recommender's (六(二)) or the review body's result
 * publicity (六(五)). Counted as 决定 D-5 reads "不少于5个工作日": day 1 is the posting day when it is a working day,
 * else the next working day; the period ends at 24:00 Asia/Shanghai (决定 D-14) on the Nth working day. Derived from
 * the calendar, never typed: the only way to make one is {@link #posted}.
 */
public final class Publicity {

    /** 六(二), 六(五): "不少于5个工作日". */
    public static final int MINIMUM_WORKING_DAYS = 5;
    /** Policy dates are dates in Asia/Shanghai (决定 D-14). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Which publicity of 六 this is; each cites its own clause. */
    public enum Kind {
        /** The recommender's publicity before the application goes up (六(二)). */
        RECOMMENDATION("六(二)"),
        /** The review body's publicity of the results (六(五)). */
        RESULT("六(五)");

        private final Clause clause;

        Kind(String clause) {
            this.clause = Clause.notice(clause);
        }

        public Clause clause() {
            return clause;
        }
    }

    private static final DateTimeFormatter SHANGHAI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZONE);

    private final Kind kind;
    private final LocalDate postedOn;
    private final int workingDays;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    private Publicity(Kind kind, LocalDate postedOn, int workingDays, LocalDate firstDay, LocalDate lastDay) {
        this.kind = kind;
        this.postedOn = postedOn;
        this.workingDays = workingDays;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** A publicity of the minimum five working days posted on {@code postedOn}. */
    public static Publicity posted(WorkingDays calendar, Kind kind, LocalDate postedOn) {
        return posted(calendar, kind, postedOn, MINIMUM_WORKING_DAYS);
    }

    /**
     * A publicity of {@code workingDays} working days (at least five, 六(二)/六(五)) posted on {@code postedOn};
     * throws {@link DateBeyondCalendar} when the period runs past the holiday data.
     */
    public static Publicity posted(WorkingDays calendar, Kind kind, LocalDate postedOn, int workingDays) {
        requireNonNull(calendar, "calendar is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(postedOn, "postedOn is null");
        if (workingDays < MINIMUM_WORKING_DAYS) {
            throw new IllegalArgumentException(kind.clause() + " asks for at least " + MINIMUM_WORKING_DAYS
                    + " working days of publicity, not " + workingDays);
        }
        LocalDate first = calendar.firstWorkingDayFrom(postedOn);
        LocalDate last = calendar.nthWorkingDayFrom(first, workingDays);
        return new Publicity(kind, postedOn, workingDays, first, last);
    }

    /** A publicity posted at {@code postedAt}; its posting day is that instant's date in Asia/Shanghai. */
    public static Publicity posted(WorkingDays calendar, Kind kind, Instant postedAt, int workingDays) {
        return posted(calendar, kind, LocalDate.ofInstant(requireNonNull(postedAt, "postedAt is null"), ZONE),
                workingDays);
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate postedOn() {
        return postedOn;
    }

    /** The length asked for, in working days. */
    public int workingDays() {
        return workingDays;
    }

    /** Day 1: the posting day when it is a working day, else the first working day after it. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The Nth working day, on whose 24:00 the period ends. */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** The instant the period ends: 24:00 Asia/Shanghai on {@link #lastDay()}. */
    public Instant endsAt() {
        return lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Whether {@code date} lies from the posting day to the last day, both included (the notice is up). */
    public boolean isWithin(LocalDate date) {
        return !date.isBefore(postedOn) && !date.isAfter(lastDay);
    }

    /** Whether {@code at} lies from the start of the posting day to the end at 24:00 of the last day. */
    public boolean isWithin(Instant at) {
        return isWithin(LocalDate.ofInstant(at, ZONE));
    }

    /** Whether the period is over on {@code date}: the day after the last day, or later. */
    public boolean hasEnded(LocalDate date) {
        return date.isAfter(lastDay);
    }

    /** Whether the period is over at {@code at}: 24:00 of the last day, or later. */
    public boolean hasEnded(Instant at) {
        return !at.isBefore(endsAt());
    }

    /** The clauses this period rests on. */
    public List<Clause> clauses() {
        return List.of(kind.clause(), Clause.decision(5));
    }

    /** How the period was counted: posted, day 1, last day, the end at 24:00 (决定 D-5). */
    public Message explain() {
        return Message.of("calendar.publicity.period", kindLabel(), postedOn, workingDays, firstDay, lastDay,
                kind.clause());
    }

    /** Where {@code date} stands: before the posting, within the period, or after its end. */
    public Message explain(LocalDate date) {
        if (date.isBefore(postedOn)) {
            return Message.of("calendar.publicity.notPosted", kindLabel(), date, postedOn, kind.clause());
        }
        return Message.of(hasEnded(date) ? "calendar.publicity.ended" : "calendar.publicity.within", kindLabel(),
                date, lastDay, kind.clause());
    }

    /** An instant as a reader in Jilin reads it: the date and time in Asia/Shanghai. */
    static String local(Instant at) {
        return SHANGHAI_TIME.format(at);
    }

    private Message kindLabel() {
        return Message.of("calendar.publicity.kind." + kind.name());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Publicity p && kind == p.kind && postedOn.equals(p.postedOn)
                && workingDays == p.workingDays && firstDay.equals(p.firstDay) && lastDay.equals(p.lastDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, postedOn, workingDays, firstDay, lastDay);
    }

    @Override
    public String toString() {
        return kind + " posted " + postedOn + ", " + workingDays + " working days " + firstDay + ".." + lastDay;
    }
}
