package cn.zhicheng.core.eligibility;

import java.time.LocalDate;
import java.time.Period;

/** Full years between dates, as the criteria count them ("满 n 年"). */
final class Years {

    private Years() {
    }

    static int full(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? 0 : Period.between(from, to).getYears();
    }
}
