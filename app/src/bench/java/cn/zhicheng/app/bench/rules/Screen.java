package cn.zhicheng.app.bench.rules;

import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.time.LocalDate;
import java.util.List;

/**
 * The question put to the rules — the field, its series and listed sub-occupations, the level, the date (also the
 * round's cut-off, 决定 D-17) and the start of professional work — and the answer the rules write into it: the
 * verdict, INELIGIBLE until a rule finds otherwise, and the earliest day of eligibility when only time is missing.
 */
public final class Screen {

    private final String field;
    private final Series series;
    private final List<String> occupations;
    private final Level level;
    private final LocalDate asOf;
    private final LocalDate workStart;
    private Verdict verdict = Verdict.INELIGIBLE;
    private LocalDate earliest;

    public Screen(String field, Series series, List<String> occupations, Level level, LocalDate asOf,
                  LocalDate workStart) {
        this.field = field;
        this.series = series;
        this.occupations = occupations;
        this.level = level;
        this.asOf = asOf;
        this.workStart = workStart;
    }

    public String getField() {
        return field;
    }

    public Series getSeries() {
        return series;
    }

    public List<String> getOccupations() {
        return occupations;
    }

    public Level getLevel() {
        return level;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public int getYear() {
        return asOf.getYear();
    }

    public LocalDate getWorkStart() {
        return workStart;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public LocalDate getEarliest() {
        return earliest;
    }

    /** Eligible now. */
    public void eligible() {
        verdict = Verdict.ELIGIBLE;
        earliest = null;
    }

    /** Only time is missing: eligible from the day. */
    public void notYet(LocalDate on) {
        verdict = Verdict.NOT_YET;
        earliest = on;
    }
}
