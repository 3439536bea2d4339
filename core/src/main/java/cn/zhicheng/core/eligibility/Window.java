package cn.zhicheng.core.eligibility;

import java.time.LocalDate;

/**
 * The period in which quantified records count (决定 D-17): the last N full calendar years before the year of the
 * round's cut-off date — 近3年 for a 2026 round is 2023-01-01 to 2025-12-31 — or everything up to the cut-off.
 */
record Window(LocalDate from, LocalDate to) {

    static Window lastFullYears(int years, LocalDate cutOff) {
        return new Window(LocalDate.of(cutOff.getYear() - years, 1, 1), LocalDate.of(cutOff.getYear() - 1, 12, 31));
    }

    /**
     * For a snapshot such as a fan count: the window's start, up to the cut-off date itself — a count taken after
     * the last full year but before the cut-off is newer evidence of the same thing, not a period straddling an edge.
     */
    static Window snapshot(int years, LocalDate cutOff) {
        return new Window(LocalDate.of(cutOff.getYear() - years, 1, 1), cutOff);
    }

    static Window upTo(LocalDate cutOff) {
        return new Window(LocalDate.MIN, cutOff);
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** A period counts only when it lies wholly inside. */
    boolean containsPeriod(LocalDate start, LocalDate end) {
        return contains(start) && contains(end);
    }

    /** A period that reaches into the window but also outside it: it straddles an edge and counts for nothing. */
    boolean straddles(LocalDate start, LocalDate end) {
        return !containsPeriod(start, end) && !end.isBefore(from) && !start.isAfter(to);
    }
}
