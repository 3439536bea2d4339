package cn.zhicheng.core.eligibility;

import java.time.LocalDate;
import java.time.Year;

/**
 * "满 N 年" as the Civil Code counts periods (民法典 第二百零一条、第二百零二条; 决定 D-22): the start day is not
 * counted, and N years end on the corresponding day N years later, or on the last day of that month when it has no
 * corresponding day (work begun on 2020-02-29 completes one year on 2021-02-28). The years are complete on and
 * after that day. Every check and every date a decision names come from {@link #completeOn}, so the earliest date
 * a decision names and the check on that date agree.
 */
final class Years {

    private Years() {
    }

    /** The day N years counted from {@code start} are complete. */
    static LocalDate completeOn(LocalDate start, int years) {
        // plusYears keeps the day of month and falls back to the month's last day, exactly as 第二百零二条 reads
        return start.plusYears(years);
    }

    /**
     * Whether N years counted from {@code start} are complete on {@code asOf}: on and after the day {@link
     * #completeOn} names, counted without building that date.
     */
    static boolean complete(LocalDate start, int years, LocalDate asOf) {
        return years == 0 ? !asOf.isBefore(start) : full(start, asOf) >= years;
    }


    /**
     * The same as {@link #complete(LocalDate, int, LocalDate)} for a count of full years already made: {@code full}
     * is {@link #full}{@code (start, asOf)}.
     */
    static boolean complete(LocalDate start, int full, int years, LocalDate asOf) {
        return years == 0 ? !asOf.isBefore(start) : full >= years;
    }

    /** The full years counted from {@code start} that are complete on {@code asOf}. */
    static int full(LocalDate start, LocalDate asOf) {
        if (start.isAfter(asOf)) {
            return 0;
        }
        int years = asOf.getYear() - start.getYear();
        if (years == 0) {
            return 0;
        }
        // the years end in asOf's year on the day completeOn names: the start's month and day, or that month's last
        // day when it has no such day; one year fewer are complete before that day
        int month = start.getMonthValue();
        int day = Math.min(start.getDayOfMonth(), start.getMonth().length(Year.isLeap(asOf.getYear())));
        boolean before = asOf.getMonthValue() < month || asOf.getMonthValue() == month && asOf.getDayOfMonth() < day;
        return before ? years - 1 : years;
    }
}
