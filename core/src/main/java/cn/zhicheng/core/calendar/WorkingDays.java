package cn.zhicheng.core.calendar;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;

/**
 * China's working days over the loaded years of holiday data (决定 D-5): a listed day is what its notice says (a
 * statutory holiday is off, an adjusted working day — 调休上班日, always a Saturday or Sunday — is worked); any
 * other Saturday or Sunday is a rest day and any other weekday a working day.
 *
 * <p>The data covers 1 January of its first year to 30 November of its last: the State Council's notice for a year
 * may move days of the December before it (2019's made Saturday 2018-12-29 a working day and Monday 2018-12-31 a holiday),
 * so the last year's December is known only once the next year's file is loaded. Every question about a date
 * outside the covered range throws {@link DateBeyondCalendar}: a working day is never guessed. Built only by
 * {@link HolidayData}, which checks the files first.
 */
public final class WorkingDays {

    private final List<Integer> years;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Map<LocalDate, HolidayFile.Day> listed;

    WorkingDays(List<Integer> years, Map<LocalDate, HolidayFile.Day> listed) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one year of holiday data");
        }
        this.years = List.copyOf(years);
        this.firstDay = LocalDate.of(years.get(0), Month.JANUARY, 1);
        this.lastDay = LocalDate.of(years.get(years.size() - 1), Month.NOVEMBER, 30);
        this.listed = Map.copyOf(listed);
    }

    /** The years whose holiday files were loaded, in order. */
    public List<Integer> years() {
        return years;
    }

    /** The first day the calendar answers for. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day the calendar answers for: 30 November of the last loaded year (see the class comment). */
    public LocalDate lastDay() {
        return lastDay;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** Whether {@code date} is a working day; throws {@link DateBeyondCalendar} outside the covered range. */
    public boolean isWorkingDay(LocalDate date) {
        return kindOf(date).working();
    }

    /** What kind of day {@code date} is, and why, as a message (zh/en). */
    public Message describe(LocalDate date) {
        DayKind kind = kindOf(date);
        HolidayFile.Day day = listed.get(date);
        return Message.of("calendar.day." + kind.name(), date, day == null ? "" : day.name());
    }

    /** {@code date} when it is a working day, else the first working day after it. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate day = requireNonNull(date, "date is null");
        while (!isWorkingDay(day)) {
            day = day.plusDays(1); // ends: past the covered range isWorkingDay throws
        }
        return day;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate firstWorkingDayAfter(LocalDate date) {
        return firstWorkingDayFrom(date.plusDays(1));
    }

    /**
     * The {@code n}th working day counting from {@code start}: {@code start} itself is the first when it is a
     * working day (决定 D-5 counts a publicity this way).
     */
    public LocalDate nthWorkingDayFrom(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = firstWorkingDayFrom(start);
        for (int counted = 1; counted < n; counted++) {
            day = firstWorkingDayAfter(day);
        }
        return day;
    }

    /** The working days from {@code from} to {@code to}, both included (0 when {@code to} is before {@code from}). */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private DayKind kindOf(LocalDate date) {
        requireNonNull(date, "date is null");
        if (!covers(date)) {
            throw new DateBeyondCalendar(date, firstDay, lastDay);
        }
        HolidayFile.Day day = listed.get(date);
        if (day != null) {
            return day.offDay() ? DayKind.HOLIDAY : DayKind.ADJUSTED_WORKING_DAY;
        }
        return weekend(date) ? DayKind.REST_DAY : DayKind.WORKING_DAY;
    }

    static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The four kinds of day the data distinguishes. */
    private enum DayKind {
        WORKING_DAY(true), ADJUSTED_WORKING_DAY(true), REST_DAY(false), HOLIDAY(false);

        private final boolean working;

        DayKind(boolean working) {
            this.working = working;
        }

        boolean working() {
            return working;
        }
    }
}
