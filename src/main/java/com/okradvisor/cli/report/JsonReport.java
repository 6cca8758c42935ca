package com.okradvisor.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.okradvisor.text.Characters;
import com.okradvisor.view.FindingView;
import com.okradvisor.view.KeyResultView;
import com.okradvisor.view.KpiView;
import com.okradvisor.view.MetricView;
import com.okradvisor.view.ObjectiveView;
import com.okradvisor.view.PortfolioView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The machine-readable report (docs/design.md, "Command-line contract"), fields always in this order:
 * {@code {"asOf", "objectives":[{"key","title","owner","cycle","progress","expected","health","kind",
 * "keyResults":[{"key","title","progress","metric"}]}], "kpis":[...], "findings":[{"rule","severity",
 * "issue","message","remedy"}]}}, and {@code "new"} on each finding when judged against a baseline. A metric
 * or number not known is {@code null}; an unassigned owner is {@code null}. Jackson escapes every C0 control
 * character; DEL, C1 controls and bidi overrides are escaped too, so the report is safe to print.
 */
public final class JsonReport {

    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new PrintableEscapes());

    private JsonReport() {
    }

    public static String render(PortfolioView view) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("asOf", view.getAsOf());
            json.writeArrayFieldStart("objectives");
            for (ObjectiveView objective : view.getObjectives()) {
                objective(json, objective);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("kpis");
            for (KpiView kpi : view.getKpis()) {
                kpi(json, kpi);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (FindingView finding : view.getFindings()) {
                json.writeStartObject();
                json.writeStringField("rule", finding.getRule());
                json.writeStringField("severity", finding.getSeverity());
                json.writeStringField("issue", finding.getIssueKey());
                json.writeStringField("message", finding.getMessage());
                json.writeStringField("remedy", finding.getRemedy());
                if (view.hasBaseline()) {
                    json.writeBooleanField("new", finding.isNew());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append(System.lineSeparator()).toString();
    }

    private static void objective(JsonGenerator json, ObjectiveView objective) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", objective.getKey());
        json.writeStringField("title", objective.getTitle());
        nullableText(json, "owner", objective.getOwner());
        json.writeStringField("cycle", objective.getCycle());
        json.writeNumberField("progress", objective.getProgress());
        json.writeNumberField("expected", objective.getExpected());
        json.writeStringField("health", objective.getHealth());
        json.writeStringField("kind", objective.getKind());
        json.writeArrayFieldStart("keyResults");
        for (KeyResultView keyResult : objective.getKeyResults()) {
            json.writeStartObject();
            json.writeStringField("key", keyResult.getKey());
            json.writeStringField("title", keyResult.getTitle());
            json.writeNumberField("progress", keyResult.getProgress());
            json.writeFieldName("metric");
            MetricView metric = keyResult.getMetric();
            if (metric == null) {
                json.writeNull();
            } else {
                json.writeStartObject();
                nullableNumber(json, "baseline", metric.getBaseline());
                nullableNumber(json, "target", metric.getTarget());
                nullableNumber(json, "current", metric.getCurrent());
                json.writeStringField("unit", metric.getUnit());
                json.writeEndObject();
            }
            json.writeObjectFieldStart("work");
            json.writeNumberField("count", keyResult.getWorkCount());
            json.writeNumberField("done", keyResult.getWorkDone());
            json.writeNumberField("hidden", keyResult.getWorkHidden());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void kpi(JsonGenerator json, KpiView kpi) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", kpi.getKey());
        json.writeStringField("title", kpi.getTitle());
        nullableNumber(json, "current", kpi.getCurrent());
        nullableNumber(json, "threshold", kpi.getThreshold());
        nullableText(json, "direction", kpi.getDirection());
        json.writeStringField("unit", kpi.getUnit());
        nullableText(json, "updated", kpi.getUpdated());
        json.writeBooleanField("offTarget", kpi.getOffTarget());
        json.writeArrayFieldStart("objectives");
        for (String key : kpi.getObjectiveKeys()) {
            json.writeString(key);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void nullableNumber(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private static void nullableText(JsonGenerator json, String field, String value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    /** Jackson's escapes for JSON, plus DEL, the C1 controls and bidi overrides as six-character escapes. */
    private static final class PrintableEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        PrintableEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int character) {
            return Characters.isControlOrBidi(character)
                    ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", character)) : null;
        }
    }
}
