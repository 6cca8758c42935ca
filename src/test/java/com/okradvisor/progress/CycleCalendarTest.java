package com.okradvisor.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okradvisor.model.Cycle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycleCalendarTest {

    @ParameterizedTest(name = "{0} with the year starting in month {1} is {2}")
    @CsvSource(textBlock = """
            2026-05-15, 1,  2026-Q2,   2026-04-01, 2026-06-30
            2026-01-01, 1,  2026-Q1,   2026-01-01, 2026-03-31
            2026-12-31, 1,  2026-Q4,   2026-10-01, 2026-12-31
            2026-04-01, 4,  FY2027-Q1, 2026-04-01, 2026-06-30
            2027-03-31, 4,  FY2027-Q4, 2027-01-01, 2027-03-31
            2026-02-10, 2,  FY2027-Q1, 2026-02-01, 2026-04-30
            2026-01-15, 2,  FY2026-Q4, 2025-11-01, 2026-01-31
            2026-07-01, 7,  FY2027-Q1, 2026-07-01, 2026-09-30
            """)
    void findsTheQuarterContainingADay(LocalDate day, int startMonth, String label, LocalDate start, LocalDate end) {
        assertThat(new CycleCalendar(startMonth).cycleOf(day)).isEqualTo(new Cycle(label, start, end));
    }

    @Test
    void refusesAMonthThatDoesNotExist() {
        assertThatThrownBy(() -> new CycleCalendar(13)).hasMessageContaining("1 to 12");
    }

    @Test
    void measuresTheShareOfTheCycleGone() {
        Cycle q2 = new CycleCalendar(1).cycleOf(LocalDate.of(2026, 5, 1));

        assertThat(q2.elapsedShare(LocalDate.of(2026, 3, 1))).isZero();
        assertThat(q2.elapsedShare(LocalDate.of(2026, 4, 1))).isZero();
        assertThat(q2.elapsedShare(LocalDate.of(2026, 5, 15))).isEqualTo(44.0 / 91);
        assertThat(q2.elapsedShare(LocalDate.of(2026, 7, 1))).isEqualTo(1.0);
        assertThat(q2.isOverOn(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(q2.isOverOn(LocalDate.of(2026, 7, 1))).isTrue();
    }
}
