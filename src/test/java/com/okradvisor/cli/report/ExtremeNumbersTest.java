package com.okradvisor.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.intake.Intake;
import com.okradvisor.intake.IntakeProblem;
import com.okradvisor.intake.IssueRecord;
import com.okradvisor.intake.OkrProperties;
import com.okradvisor.intake.PortfolioAssembler;
import com.okradvisor.model.Mapping;
import com.okradvisor.testing.Okr;
import com.okradvisor.view.CsvReport;
import com.okradvisor.view.PortfolioView;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Numbers stay numbers: whatever numbers the {@code okr.*} properties and summaries hold, from
 * {@code ±Double.MAX_VALUE} to {@code Double.MIN_VALUE}, the portfolio is assessed and every report
 * writes finite numbers only. Values beyond {@link OkrProperties#MAX_MAGNITUDE} or weights outside 0 to
 * {@link OkrProperties#MAX_WEIGHT} are refused as they are read, naming the issue and the field; the
 * progress calculator itself stays finite for any finite weight (see ProgressCalculatorTest).
 */
class ExtremeNumbersTest {

    private static final Advisor ADVISOR = Advisor.load(ExtremeNumbersTest.class.getClassLoader());
    private static final HtmlReport HTML = new HtmlReport();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Mapping MAPPING = new Mapping("Epic", "okr", "KPI", "kpi", Set.of("relates to"), "Epic Link");
    private static final LocalDate CREATED = LocalDate.of(2026, 4, 2);
    private static final List<String> STATUSES = List.of("new", "indeterminate", "done");

    /** One key result's numbers; each may be absent (null). */
    record KeyResultNumbers(Double baseline, Double target, Double current, Double weight, Double checkIn, int status) {
    }

    @Property(tries = 200)
    void everyReportWritesFiniteNumbersOnly(@ForAll("keyResults") @Size(min = 1, max = 4) List<KeyResultNumbers> keyResults,
            @ForAll("extremes") double kpiCurrent, @ForAll("extremes") double kpiThreshold,
            @ForAll boolean objectiveDone) throws IOException {
        List<IssueRecord> records = new ArrayList<>();
        records.add(record("GRO-1", "Epic", "Grow the business", objectiveDone ? "done" : "indeterminate",
                List.of("okr"), Optional.empty(), Map.of()));
        for (int i = 0; i < keyResults.size(); i++) {
            KeyResultNumbers numbers = keyResults.get(i);
            records.add(record("GRO-" + (i + 2), "Story", "Grow signups from " + plain(numbers.baseline())
                            + " to " + plain(numbers.target()), STATUSES.get(numbers.status()), List.of(),
                    Optional.of("GRO-1"), properties(numbers)));
        }
        ObjectNode kpi = MAPPER.createObjectNode().put("current", kpiCurrent).put("threshold", kpiThreshold);
        records.add(record("KPI-1", "KPI", "Revenue", "indeterminate", List.of(), Optional.empty(),
                Map.of(OkrProperties.KPI, kpi)));

        Intake intake = new PortfolioAssembler(MAPPING).assemble(records);
        PortfolioView view = PortfolioView.of(intake.portfolio(),
                ADVISOR.assess(intake.portfolio(), AdvisorSettings.DEFAULTS, Okr.AS_OF), ADVISOR.catalogue(), Okr.AS_OF);

        for (int i = 0; i < keyResults.size(); i++) {
            Double weight = keyResults.get(i).weight();
            if (weight != null && !(weight >= 0 && weight <= OkrProperties.MAX_WEIGHT)) {
                assertThat(intake.problems()).extracting(IntakeProblem::describe)
                        .contains("issue GRO-" + (i + 2) + ", property okr.metric.weight: must be a number from 0 to 1000, was "
                                + weight);
            }
        }
        assertEveryNumberFinite(MAPPER.readTree(JsonReport.render(view)));
        for (String report : List.of(TextReport.render(view, false), CsvReport.render(view), HTML.render(view),
                JunitReport.render(view, Optional.empty()))) {
            assertThat(report).doesNotContain("NaN", "Infinity", "∞");
        }
    }

    @Test
    void refusesAWeightOf1e308NamingTheIssueAndFieldAndShowsTheDoneObjectiveDone() throws IOException {
        Intake intake = new PortfolioAssembler(MAPPING).assemble(List.of(
                record("GRO-1", "Epic", "Grow the business", "done", List.of("okr"), Optional.empty(), Map.of()),
                record("GRO-2", "Story", "Ship the onboarding flow", "done", List.of(), Optional.of("GRO-1"),
                        Map.of(OkrProperties.METRIC, MAPPER.createObjectNode().put("weight", 1e308))),
                record("GRO-3", "Story", "Write the docs", "done", List.of(), Optional.of("GRO-1"),
                        Map.of(OkrProperties.METRIC, MAPPER.createObjectNode().put("weight", 1e308)))));
        PortfolioView view = PortfolioView.of(intake.portfolio(),
                ADVISOR.assess(intake.portfolio(), AdvisorSettings.DEFAULTS, Okr.AS_OF), ADVISOR.catalogue(), Okr.AS_OF);

        assertThat(intake.problems()).extracting(IntakeProblem::describe).containsExactly(
                "issue GRO-2, property okr.metric.weight: must be a number from 0 to 1000, was 1.0E308",
                "issue GRO-3, property okr.metric.weight: must be a number from 0 to 1000, was 1.0E308");
        JsonNode objective = MAPPER.readTree(JsonReport.render(view)).get("objectives").get(0);
        assertThat(objective.get("progress").asDouble()).as("the key results are done, at the default weight").isEqualTo(1.0);
        assertThat(objective.get("health").asText()).isEqualTo("done");
    }

    private static void assertEveryNumberFinite(JsonNode node) {
        if (node.isNumber()) {
            assertThat(node.doubleValue()).isFinite();
        }
        if (node.isTextual()) {
            assertThat(node.textValue()).isNotIn("NaN", "Infinity", "-Infinity");
        }
        node.elements().forEachRemaining(ExtremeNumbersTest::assertEveryNumberFinite);
    }

    @Provide
    Arbitrary<Double> extremes() {
        return Arbitraries.oneOf(
                Arbitraries.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, 1e308, -1e308,
                        1e-308, -1e-308, 0.0, -0.0, OkrProperties.MAX_MAGNITUDE, -OkrProperties.MAX_MAGNITUDE,
                        Math.nextUp(OkrProperties.MAX_MAGNITUDE), OkrProperties.MAX_WEIGHT, -1.0, 1.0),
                Arbitraries.doubles(),
                Arbitraries.doubles().between(-OkrProperties.MAX_MAGNITUDE, OkrProperties.MAX_MAGNITUDE));
    }

    @Provide
    Arbitrary<List<KeyResultNumbers>> keyResults() {
        Arbitrary<Double> maybe = extremes().injectNull(0.2);
        return Combinators.combine(maybe, maybe, maybe, maybe, maybe, Arbitraries.integers().between(0, STATUSES.size() - 1))
                .as(KeyResultNumbers::new).list();
    }

    private static Map<String, JsonNode> properties(KeyResultNumbers numbers) {
        ObjectNode metric = MAPPER.createObjectNode();
        putIfPresent(metric, "baseline", numbers.baseline());
        putIfPresent(metric, "target", numbers.target());
        putIfPresent(metric, "current", numbers.current());
        putIfPresent(metric, "weight", numbers.weight());
        ObjectNode checkIn = MAPPER.createObjectNode().put("date", "2026-05-04").put("confidence", 5);
        putIfPresent(checkIn, "value", numbers.checkIn());
        Map<String, JsonNode> properties = new HashMap<>();
        properties.put(OkrProperties.METRIC, metric);
        properties.put(OkrProperties.CHECK_INS, MAPPER.createArrayNode().add(checkIn));
        return properties;
    }

    private static void putIfPresent(ObjectNode node, String field, Double value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** A number as a person types it into a summary: every digit, no exponent. */
    private static String plain(Double value) {
        return value == null ? "0" : new BigDecimal(value).toPlainString();
    }

    private static IssueRecord record(String key, String type, String summary, String status, List<String> labels,
            Optional<String> epic, Map<String, JsonNode> properties) {
        return new IssueRecord(key, summary, "GRO", Optional.of("ana"), status, type, false, labels, epic, CREATED,
                Optional.empty(), Optional.empty(), List.of(), properties);
    }
}
