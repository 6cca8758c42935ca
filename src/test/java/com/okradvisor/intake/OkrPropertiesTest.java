package com.okradvisor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.model.CheckIn;
import com.okradvisor.model.KpiDirection;
import com.okradvisor.model.KpiReading;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OkrPropertiesTest {

    private static JsonNode json(String text) {
        return OkrProperties.parse("test", text);
    }

    @Test
    void readsAMetricWithWeight() {
        MetricProperty property = OkrProperties.metric(
                json("{\"baseline\":30,\"target\":45,\"current\":\"38.5\",\"unit\":\"%\",\"weight\":2}"));

        assertThat(property.metric().baseline()).hasValue(30);
        assertThat(property.metric().target()).hasValue(45);
        assertThat(property.metric().current()).hasValue(38.5);
        assertThat(property.metric().unit()).isEqualTo("%");
        assertThat(property.weight()).isEqualTo(2);
    }

    @Test
    void leavesMissingMetricFieldsEmptyAndWeightAtOne() {
        MetricProperty property = OkrProperties.metric(json("{\"target\":10}"));

        assertThat(property.metric().baseline()).isEmpty();
        assertThat(property.metric().current()).isEmpty();
        assertThat(property.weight()).isEqualTo(1.0);
    }

    @Test
    void refusesATextTargetNamingTheField() {
        assertThatThrownBy(() -> OkrProperties.metric(json("{\"target\":\"lots\"}")))
                .isInstanceOf(PropertyException.class)
                .hasMessage("okr.metric.target: expected a number, got string \"lots\"")
                .extracting(e -> ((PropertyException) e).field()).isEqualTo("target");
    }

    @Test
    void refusesAnInfiniteNumber() {
        assertThatThrownBy(() -> OkrProperties.metric(json("{\"current\":1e400}")))
                .hasMessageStartingWith("okr.metric.current: expected a finite number");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
            "{\"weight\":1e308}          | okr.metric.weight: must be a number from 0 to 1000, was 1.0E308",
            "{\"weight\":-1}             | okr.metric.weight: must be a number from 0 to 1000, was -1.0",
            "{\"weight\":1000.5}         | okr.metric.weight: must be a number from 0 to 1000, was 1000.5",
            "{\"baseline\":-1e13}        | okr.metric.baseline: must be a number from -1000000000000 to 1000000000000, was -1.0E13",
            "{\"target\":1.7976931348623157e308} | okr.metric.target: must be a number from -1000000000000 to 1000000000000, was 1.7976931348623157E308",
            "{\"current\":\"2e12\"}      | okr.metric.current: must be a number from -1000000000000 to 1000000000000, was 2.0E12",
    })
    void refusesAMetricNumberOutOfBoundsNamingTheField(String json, String message) {
        assertThatThrownBy(() -> OkrProperties.metric(json(json)))
                .isInstanceOf(PropertyException.class)
                .hasMessage(message);
    }

    @Test
    void acceptsMetricNumbersOnTheirBounds() {
        MetricProperty property = OkrProperties.metric(
                json("{\"baseline\":-1e12,\"target\":1e12,\"current\":4.9e-324,\"weight\":1000}"));

        assertThat(property.metric().baseline()).hasValue(-OkrProperties.MAX_MAGNITUDE);
        assertThat(property.metric().target()).hasValue(OkrProperties.MAX_MAGNITUDE);
        assertThat(property.metric().current()).hasValue(Double.MIN_VALUE);
        assertThat(property.weight()).isEqualTo(OkrProperties.MAX_WEIGHT);
    }

    @Test
    void refusesACheckInValueOutOfBoundsNamingTheCheckIn() {
        assertThatThrownBy(() -> OkrProperties.checkIns(json("[{\"date\":\"2026-05-04\",\"value\":1e308}]")))
                .hasMessage("okr.checkins.[0].value: must be a number from -1000000000000 to 1000000000000, was 1.0E308");
    }

    @Test
    void refusesAKpiThresholdOutOfBoundsNamingTheField() {
        assertThatThrownBy(() -> OkrProperties.kpiReading(json("{\"current\":3,\"threshold\":-1e308}")))
                .hasMessage("okr.kpi.threshold: must be a number from -1000000000000 to 1000000000000, was -1.0E308");
    }

    @Test
    void refusesMalformedJson() {
        assertThatThrownBy(() -> OkrProperties.parse(OkrProperties.METRIC, "{\"target\":"))
                .isInstanceOf(PropertyException.class)
                .hasMessageStartingWith("okr.metric: not valid JSON");
    }

    /** The forms the app writes are read digit by digit; the answer and the refusals are the formatters'. */
    @ParameterizedTest
    @CsvSource({"2026-05-04", "2026-05-04T10:15", "2026-05-04T10:15:30", "2026-05-04T10:15:30.250", "2026-05-04T10:15:00Z",
        "2026-05-04T10:15:00.000+0100", "2026-05-04T10:15:00+01:00", "2028-02-29T23:59:59", "0900-01-01"})
    void readsEveryFormAsTheFormattersDo(String text) {
        LocalDateTime expected = text.length() == 10 ? LocalDate.parse(text).atStartOfDay()
                : text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")
                ? java.time.OffsetDateTime.parse(text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toLocalDateTime()
                : LocalDateTime.parse(text);
        if (OkrProperties.isInRange(expected.toLocalDate())) {
            assertThat(OkrProperties.dateTime(text)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> OkrProperties.dateTime(text)).isInstanceOf(java.time.format.DateTimeParseException.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"2026-02-30", "2026-02-30T10:15", "2026-13-01T10:15", "2026-05-04T24:00", "2026-05-04T10:60:00",
        "2026-05-04 10:15", "2026-05-4T10:15", "\u0662\u0660\u0662\u0666-05-04", "+2026-05-04", "2026-05-04T10:15:3x", "1899-12-31"})
    void refusesWhatTheFormattersRefuse(String text) {
        assertThatThrownBy(() -> OkrProperties.dateTime(text)).isInstanceOf(java.time.format.DateTimeParseException.class);
    }

    @Test
    void readsCheckInsWithDatesAndDateTimes() {
        List<CheckIn> checkIns = OkrProperties.checkIns(json("[{\"date\":\"2026-05-04\",\"author\":\"ana\",\"value\":38,"
                + "\"confidence\":7,\"note\":\"on track\"},{\"date\":\"2026-05-11T09:30:00.000+0200\",\"confidence\":6}]"));

        assertThat(checkIns).containsExactly(
                new CheckIn(LocalDateTime.of(2026, 5, 4, 0, 0), "ana", OptionalDouble.of(38), OptionalInt.of(7), "on track"),
                new CheckIn(LocalDateTime.of(2026, 5, 11, 9, 30), "", OptionalDouble.empty(), OptionalInt.of(6), ""));
    }

    @Test
    void refusesAConfidenceOutOfRangeNamingTheCheckIn() {
        assertThatThrownBy(() -> OkrProperties.checkIns(json("[{\"date\":\"2026-05-04\"},{\"date\":\"2026-05-05\",\"confidence\":11}]")))
                .hasMessage("okr.checkins.[1].confidence: expected a whole number from 0 to 10, got 11.0");
    }

    @Test
    void refusesACheckInWithoutDate() {
        assertThatThrownBy(() -> OkrProperties.checkIns(json("[{\"value\":3}]")))
                .hasMessage("okr.checkins.[0].date: is required");
    }

    @Test
    void refusesCheckInsThatAreNotAList() {
        assertThatThrownBy(() -> OkrProperties.checkIns(json("{\"date\":\"2026-05-04\"}")))
                .hasMessageStartingWith("okr.checkins: expected a list of check-ins, got object");
    }

    @Test
    void readsAKpiReading() {
        KpiReading reading = OkrProperties.kpiReading(json(
                "{\"current\":4.2,\"threshold\":3,\"direction\":\"lower-is-better\",\"unit\":\"%\",\"updated\":\"2026-05-01\"}"));

        assertThat(reading.direction()).isEqualTo(KpiDirection.LOWER_IS_BETTER);
        assertThat(reading.isOffTarget()).isTrue();
        assertThat(reading.updated()).contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    void refusesAnUnknownKpiDirection() {
        assertThatThrownBy(() -> OkrProperties.kpiReading(json("{\"direction\":\"up\"}")))
                .hasMessage("okr.kpi.direction: must be higher-is-better or lower-is-better, was \"up\"");
    }

    @Test
    void writesCheckInsThatReadBackTheSame() {
        List<CheckIn> checkIns = List.of(
                new CheckIn(LocalDateTime.of(2026, 5, 4, 0, 0), "ana", OptionalDouble.of(38), OptionalInt.of(7), "ok"),
                new CheckIn(LocalDateTime.of(2026, 5, 11, 9, 30), "bo", OptionalDouble.empty(), OptionalInt.empty(), ""));

        assertThat(OkrProperties.checkIns(json(OkrProperties.checkInsJson(checkIns)))).isEqualTo(checkIns);
    }

    @Test
    void dropsTheOldestCheckInsWholeWhenTheHistoryWouldNotFit() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int day = 0; day < 400; day++) {
            checkIns.add(new CheckIn(LocalDateTime.of(2026, 1, 1, 0, 0).plusDays(day), "ana",
                    OptionalDouble.of(day), OptionalInt.of(5), "x".repeat(60)));
        }

        String json = OkrProperties.checkInsJson(checkIns);
        List<CheckIn> kept = OkrProperties.checkIns(json(json));

        assertThat(json.length()).isLessThanOrEqualTo(OkrProperties.MAX_VALUE_LENGTH);
        assertThat(kept).isNotEmpty().hasSizeLessThan(400);
        assertThat(kept).isEqualTo(checkIns.subList(400 - kept.size(), 400));
    }

    @Test
    void refusesACheckInThatCannotFitAlone() {
        List<CheckIn> huge = List.of(new CheckIn(LocalDateTime.of(2026, 5, 4, 0, 0), "ana", OptionalDouble.empty(),
                OptionalInt.empty(), "x".repeat(OkrProperties.MAX_VALUE_LENGTH)));

        assertThatThrownBy(() -> OkrProperties.checkInsJson(huge)).hasMessageContaining("shorten the note");
    }
}
