package com.okradvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.text.MetricText.Kind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetricParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Raise activation from 30 to 45              | RANGE  | 30     | 45      | -
            Raise activation from 30% to 45%            | RANGE  | 30     | 45      | %
            NPS 30 → 45                                 | RANGE  | 30     | 45      | -
            NPS 30 -> 45                                | RANGE  | 30     | 45      | -
            Grow MRR from $20k to $26k                  | RANGE  | 20000  | 26000   | $
            Cut p95 latency from 1.5 s to 0.8 s         | RANGE  | 1.5    | 0.8     | s
            Grow ARR from 1.2m to 2m                    | RANGE  | 1200000| 2000000 | -
            Reach 1,200 paying customers                | TARGET | -      | 1200    | -
            Raise retention to 45%                      | TARGET | -      | 45      | %
            Keep p95 latency below 2 s                  | BOUND  | -      | 2       | s
            Uptime at least 99.9%                       | BOUND  | -      | 99.9    | %
            Checkout errors under 200ms                 | BOUND  | -      | 200     | ms
            Open 3 new markets                          | COUNT  | -      | 3       | -
            Hire twelve engineers                       | COUNT  | -      | 12      | -
            Cut churn by 10%                            | CHANGE | -      | -       | %
            Double weekly sign-ups                      | CHANGE | -      | -       | -
            Conversion 2,5% to 3,5%                     | RANGE  | 2.5    | 3.5     | %
            Sell €1.000.000 of licences                 | COUNT  | -      | 1000000 | €
            Grow ARR to $3bn                            | TARGET | -      | 3.0E9   | $
            Hit 500 weekly sign-ups                     | TARGET | -      | 500     | -
            Cut onboarding from 10 days to 3 days       | RANGE  | 10     | 3       | days
            Answer tickets within 2 hours               | BOUND  | -      | 2       | hours
            No more than 3 incidents a month            | BOUND  | -      | 3       | -
            Checkout errors ≤ 5                         | BOUND  | -      | 5       | -
            Launch in 3 markets                         | COUNT  | -      | 3       | -
            Hire 5 marketing managers                   | COUNT  | -      | 5       | -
            Cover 5 new regions                         | COUNT  | -      | 5       | -
            """)
    void readsWhatTheSummaryPromises(String summary, Kind kind, Double baseline, Double target, String unit) {
        MetricText text = MetricParser.parse(summary);

        assertThat(text.kind()).isEqualTo(kind);
        assertThat(text.isMeasurable()).isTrue();
        if (baseline == null) {
            assertThat(text.baseline()).isEmpty();
        } else {
            assertThat(text.baseline()).hasValue(baseline);
        }
        if (target == null) {
            assertThat(text.target()).isEmpty();
        } else {
            assertThat(text.target()).hasValue(target);
        }
        assertThat(text.unit()).isEqualTo(unit == null ? "" : unit);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Improve onboarding",
        "Launch v2 of the mobile app",
        "Ship the Q3 release",
        "Migrate to Postgres by 2026",
        "Finish the H1 roadmap review in 2027",
        "Close GRO-12 and GRO-13",
        "Release before 31 March",
        "Go live on 3 Sept",
        "Ship release 1.2.3",
        "Patch 2.0.1 everywhere",
        "Support 24/7 on-call",
        "Adopt OAuth2 everywhere",
        "Be the number one choice",
        "",
        "   "
    })
    void findsNoNumberWhereThereIsNone(String summary) {
        assertThat(MetricParser.parse(summary)).isEqualTo(MetricText.NONE);
    }

    @Test
    void readsNothingFromNull() {
        assertThat(MetricParser.parse(null).isMeasurable()).isFalse();
    }

    @Test
    void turnsARangeIntoAMetric() {
        assertThat(MetricParser.parse("from 30% to 45%").toMetric()).hasValueSatisfying(metric -> {
            assertThat(metric.baseline()).hasValue(30);
            assertThat(metric.target()).hasValue(45);
            assertThat(metric.current()).isEmpty();
            assertThat(metric.unit()).isEqualTo("%");
        });
    }

    @Test
    void givesNoMetricForAChangeWithoutEndValue() {
        assertThat(MetricParser.parse("Cut churn by 10%").toMetric()).isEmpty();
    }

    @Property(tries = 2000)
    void neverThrowsAndGivesOnlyFiniteNumbers(@ForAll @StringLength(max = 300) String anyText) {
        MetricText text = MetricParser.parse(anyText);

        assertThat(text).isNotNull();
        text.baseline().ifPresent(value -> assertThat(value).isFinite());
        text.target().ifPresent(value -> assertThat(value).isFinite());
        assertThat(text.isMeasurable()).isEqualTo(text.kind() != Kind.NONE);
    }

    @Property(tries = 500)
    void readsAnyRangeOfPlainNumbersBack(@ForAll @IntRange(min = 0, max = 1_000_000) int from,
            @ForAll @IntRange(min = 0, max = 1_000_000) int to) {
        MetricText text = MetricParser.parse("Move the number from " + from + " to " + to);

        assertThat(text.kind()).isEqualTo(Kind.RANGE);
        assertThat(text.baseline()).hasValue(from);
        assertThat(text.target()).hasValue(to);
    }
}
