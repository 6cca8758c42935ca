package com.okradvisor.progress;

import com.okradvisor.model.Cycle;
import com.okradvisor.model.Issue;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Quarters of a year that starts in a configurable month. With the calendar year (start month 1) a
 * quarter is called {@code 2026-Q3}; with a fiscal year it is called by the calendar year in which
 * that fiscal year ends, e.g. {@code FY2027-Q1} for April to June 2026 when the year starts in April.
 */
public final class CycleCalendar {

    /** What {@link #cycleOf(LocalDate)} calls a cycle, under any start month. */
    private static final Pattern LABEL = Pattern.compile("(FY)?[0-9]{4}-Q[1-4]");

    private final int fiscalYearStartMonth;

    public CycleCalendar(int fiscalYearStartMonth) {
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new IllegalArgumentException("fiscal year start month must be 1 to 12, was " + fiscalYearStartMonth);
        }
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    /** True when {@code text} has the shape of a cycle's label: {@code 2026-Q2} or {@code FY2027-Q1}. */
    public static boolean isLabel(String text) {
        return LABEL.matcher(text).matches();
    }

    /** The quarter that contains {@code day}. */
    public Cycle cycleOf(LocalDate day) {
        int monthsIntoYear = Math.floorMod(day.getMonthValue() - fiscalYearStartMonth, 12);
        int quarter = monthsIntoYear / 3 + 1;
        LocalDate start = day.withDayOfMonth(1).minusMonths(monthsIntoYear % 3);
        LocalDate end = start.plusMonths(3).minusDays(1);
        if (fiscalYearStartMonth == 1) {
            return new Cycle(day.getYear() + "-Q" + quarter, start, end);
        }
        LocalDate fiscalYearStart = start.minusMonths((quarter - 1) * 3L);
        int fiscalYear = fiscalYearStart.plusMonths(11).getYear();
        return new Cycle("FY" + fiscalYear + "-Q" + quarter, start, end);
    }

    /** An item's cycle: the quarter of its due date, or of its creation when it has no due date. */
    public Cycle cycleOf(Issue issue) {
        return cycleOf(issue.due().orElse(issue.created()));
    }
}
