package com.okradvisor.jira.rest;

import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.advisor.RuleProblem;
import com.okradvisor.jira.view.LeftOut;
import com.okradvisor.jira.view.MostSevere;
import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.KpiReading;
import com.okradvisor.model.Metric;
import com.okradvisor.model.ObjectiveKind;
import com.okradvisor.model.Work;
import com.okradvisor.progress.KeyResultStanding;
import com.okradvisor.progress.ObjectiveProgress;
import com.okradvisor.settings.SettingsCodec;
import com.okradvisor.text.Numbers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The JSON the API answers with, one record per shape; a value not known is left out. Progress and
 * expected progress are shares from 0.0 to 1.0. A key result also carries what its panel shows, written
 * by {@link Numbers} (the {@code …Text} fields, {@code progressPercent}), so a page never formats a number.
 * An answer lists at most {@value #FINDINGS_LISTED} findings, the most severe first, and counts them all
 * in {@code findingsTotal}.
 */
final class Representations {

    /** The most findings one answer lists. */
    static final int FINDINGS_LISTED = 100;

    private Representations() {
    }

    /** {@code GET /objectives/{key}}. */
    record ObjectiveStanding(String key, String title, String cycle, double progress, double expected, String health,
            String kind, Double score, List<KeyResultSummary> keyResults, int hiddenKeyResults, int keyResultsNotRead,
            List<KpiSummary> kpis, int kpisNotRead, List<FindingItem> findings, int findingsTotal) {

        static ObjectiveStanding of(ObjectiveProgress assessed, String key, String title, ObjectiveKind kind,
                LeftOut leftOut, List<Kpi> kpis, List<Finding> findings) {
            MostSevere<Finding> listed = MostSevere.of(findings, FINDINGS_LISTED);
            return new ObjectiveStanding(key, title, assessed.cycle().label(), assessed.progress(), assessed.expected(),
                    assessed.health().key(), kind.key(), number(assessed.score()),
                    assessed.keyResults().stream().map(KeyResultSummary::of).toList(), leftOut.hiddenKeyResults(),
                    leftOut.keyResultsNotRead(), kpis.stream().map(KpiSummary::of).toList(), leftOut.kpisNotRead(),
                    FindingItem.of(listed), listed.total());
        }
    }

    record KeyResultSummary(String key, String title, double progress, String owner, Work work) {

        static KeyResultSummary of(KeyResultStanding standing) {
            return new KeyResultSummary(standing.key(), standing.keyResult().issue().summary(), standing.progress(),
                    standing.keyResult().issue().owner().orElse(null), standing.keyResult().work());
        }
    }

    record KpiSummary(String key, String title, Double current, Double threshold, String unit, Boolean offTarget) {

        static KpiSummary of(Kpi kpi) {
            Optional<KpiReading> reading = kpi.reading();
            return new KpiSummary(kpi.key(), kpi.issue().summary(),
                    reading.map(r -> number(r.current())).orElse(null), reading.map(r -> number(r.threshold())).orElse(null),
                    reading.map(KpiReading::unit).orElse(null), reading.map(KpiReading::isOffTarget).orElse(null));
        }
    }

    /** {@code GET /keyresults/{key}}, and what a check-in answers. */
    record KeyResultDetail(String key, String title, String objectiveKey, String objectiveKind, MetricValues metric,
            Work work, double progress, int progressPercent, List<CheckInItem> checkIns, List<FindingItem> findings,
            int findingsTotal, int keyResultsNotRead, int kpisNotRead) {

        /** @param leftOut what the objective's view read and judged of its key results and KPIs */
        static KeyResultDetail of(KeyResultStanding standing, String objectiveKey, ObjectiveKind objectiveKind,
                LeftOut leftOut, List<Finding> findings) {
            String unit = standing.metric().map(Metric::unit).orElse("");
            MostSevere<Finding> listed = MostSevere.of(
                    findings.stream().filter(finding -> finding.issueKey().equals(standing.key())).toList(), FINDINGS_LISTED);
            return new KeyResultDetail(standing.key(), standing.keyResult().issue().summary(), objectiveKey, objectiveKind.key(),
                    standing.metric().map(MetricValues::of).orElse(null), standing.keyResult().work(), standing.progress(),
                    Numbers.percent(standing.progress()),
                    standing.checkIns().stream().map(checkIn -> CheckInItem.of(checkIn, unit)).toList(),
                    FindingItem.of(listed), listed.total(), leftOut.keyResultsNotRead(), leftOut.kpisNotRead());
        }
    }

    record MetricValues(Double baseline, Double target, Double current, String unit, String baselineText,
            String targetText, String currentText) {

        static MetricValues of(Metric metric) {
            return new MetricValues(number(metric.baseline()), number(metric.target()), number(metric.current()), metric.unit(),
                    text(metric.baseline(), metric.unit()), text(metric.target(), metric.unit()),
                    text(metric.current(), metric.unit()));
        }
    }

    record CheckInItem(String date, String author, Double value, Integer confidence, String note, String valueText,
            String confidenceText) {

        static CheckInItem of(CheckIn checkIn, String unit) {
            OptionalInt confidence = checkIn.confidence();
            return new CheckInItem(checkIn.at().toString(), checkIn.author(), number(checkIn.value()),
                    confidence.isPresent() ? confidence.getAsInt() : null, checkIn.note(), text(checkIn.value(), unit),
                    confidence.isPresent() ? Numbers.confidence(confidence.getAsInt()) : null);
        }
    }

    record FindingItem(String rule, String severity, String issue, String message, String remedy) {

        static List<FindingItem> of(MostSevere<Finding> listed) {
            return listed.shown().stream().map(finding -> new FindingItem(finding.rule(), finding.severity().name(),
                    finding.issueKey(), finding.message(), finding.remedy())).toList();
        }
    }

    /** {@code GET /rules}: one entry of the catalogue. */
    record RuleItem(String key, String severity, String title, String rationale, String remedy,
            List<ParameterItem> parameters) {

        static RuleItem of(RuleEntry rule, AdvisorSettings inForce) {
            return new RuleItem(rule.key(), rule.severity().name(), rule.title(), rule.rationale(), rule.remedy(),
                    rule.parameters().stream().map(parameter -> ParameterItem.of(parameter, inForce)).toList());
        }
    }

    record ParameterItem(String key, String description, double defaultValue, double value) {

        static ParameterItem of(Parameter parameter, AdvisorSettings inForce) {
            return new ParameterItem(parameter.key(), parameter.description(), parameter.defaultValue(), inForce.get(parameter));
        }
    }

    /**
     * {@code GET /settings}, and what a save answers: every setting as its {@code --config} text by key, and
     * each stored value that no longer validates, whose default is in force.
     */
    record SettingsState(Map<String, String> settings, List<RestFailure.Detail> storedProblems) {

        static SettingsState of(SettingsCodec.Decoded stored) {
            return new SettingsState(SettingsCodec.values(stored.settings()),
                    stored.problems().stream().map(RestFailure.Detail::of).toList());
        }
    }

    /** What {@code POST /settings/validate} answers: the settings the body asks for, as a save would store them. */
    record SettingsCheck(Map<String, String> settings) {
    }

    /** {@code GET /custom-rules}, and what a save answers: the stored files and why any of them is not in force. */
    record RuleFiles(List<RuleFile> files, List<RestFailure.Detail> skipped) {

        static RuleFiles of(Map<String, String> stored, List<RuleProblem> skipped) {
            return new RuleFiles(stored.entrySet().stream().map(file -> new RuleFile(file.getKey(), file.getValue())).toList(),
                    skipped.stream().map(RestFailure.Detail::of).toList());
        }
    }

    record RuleFile(String name, String text) {
    }

    /** What {@code POST /custom-rules/validate} answers: the names of the files a save would put in force. */
    record RuleFileCheck(List<String> files) {
    }

    private static Double number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static String text(OptionalDouble value, String unit) {
        return value.isPresent() ? Numbers.amount(value.getAsDouble(), unit) : null;
    }
}
