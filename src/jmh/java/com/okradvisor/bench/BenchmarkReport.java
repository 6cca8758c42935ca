package com.okradvisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns JMH's JSON results into what docs/performance.md shows: a Markdown table of every figure
 * (median, min–max over all iterations of all forks, allocation per operation), the scale curve as a
 * table, and the curve as an SVG chart. Usage: {@code BenchmarkReport RESULT.json CHART.svg}; the
 * tables go to standard output.
 */
public final class BenchmarkReport {

    private static final String EVALUATE = "EvaluationBenchmark.evaluate";
    private static final String FLOOR = "EvaluationBenchmark.floor";
    private static final String START = "StartBenchmark.shippedCatalogue";
    private static final String PANEL = "PanelBenchmark.objectivePanel";
    private static final String COACH_FIRST = "CoachViewBenchmark.firstPageSiteReady (costs=dataCenter, otherRelatesLinks=0)";
    private static final String COACH_NEXT = "CoachViewBenchmark.nextPage (costs=dataCenter, otherRelatesLinks=0)";
    private static final String COACH_FILTER = "CoachViewBenchmark.filterChange (costs=dataCenter, otherRelatesLinks=0)";
    private static final String LARGE_PANEL = "LargeEpicPanelBenchmark.objectivePanel (costs=dataCenter, keyResults=5000)";
    private static final String SIZE = "objectives";
    private static final int TEN_THOUSAND = 10_000;

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws IOException {
        List<Figure> figures = read(Path.of(args[0]));
        System.out.println(targetTable(figures));
        System.out.println(figureTable(figures));
        System.out.println(scaleTable(figures));
        Files.writeString(Path.of(args[1]), ScaleChart.svg(curve(figures, EVALUATE), curve(figures, FLOOR)),
                StandardCharsets.UTF_8);
    }

    /**
     * One benchmark at one parameter setting: every sample, in the benchmark's unit. Parameters other than
     * the portfolio's size are part of its name, e.g. {@code CoachViewBenchmark.firstPage (costs=dataCenter, otherRelatesLinks=0)}.
     */
    record Figure(String benchmark, String size, String unit, List<Double> samples, double allocatedBytes) {

        double median() {
            return percentile(0.5);
        }

        double min() {
            return percentile(0);
        }

        double max() {
            return percentile(1);
        }

        private double percentile(double share) {
            List<Double> sorted = samples.stream().sorted().toList();
            double position = share * (sorted.size() - 1);
            int low = (int) Math.floor(position);
            int high = (int) Math.ceil(position);
            return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (position - low);
        }
    }

    /** A benchmark's medians and spreads by portfolio size, in milliseconds. */
    record Point(int objectives, double median, double min, double max) {
    }

    static List<Figure> read(Path json) throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(json.toFile())) {
            String name = result.path("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode metric = result.path("primaryMetric");
            List<Double> samples = new ArrayList<>();
            metric.path("rawData").forEach(fork -> fork.forEach(sample -> samples.add(sample.asDouble())));
            JsonNode allocation = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            Map<String, String> others = new TreeMap<>();
            result.path("params").fields().forEachRemaining(param -> {
                if (!param.getKey().equals(SIZE)) {
                    others.put(param.getKey(), param.getValue().asText());
                }
            });
            String named = others.isEmpty() ? shortName : shortName + others.entrySet().stream()
                    .map(param -> param.getKey() + "=" + param.getValue()).collect(Collectors.joining(", ", " (", ")"));
            figures.add(new Figure(named, result.path("params").path(SIZE).asText(""),
                    metric.path("scoreUnit").asText(), samples, allocation.isNumber() ? allocation.asDouble() : Double.NaN));
        }
        return figures;
    }

    /** The targets (docs/design.md, "Performance targets") that the JMH figures decide; the CLI's is judged by {@code CliCheckTiming}. */
    static String targetTable(List<Figure> figures) {
        Map<Integer, Point> evaluate = byObjectives(curve(figures, EVALUATE));
        Map<Integer, Point> floor = byObjectives(curve(figures, FLOOR));
        StringBuilder table = new StringBuilder("| target (docs/design.md) | measured (median) | |\n| --- | ---: | --- |\n");
        Point tenThousand = evaluate.get(TEN_THOUSAND);
        if (tenThousand != null) {
            target(table, "evaluate 10,000 objectives under 1 s", tenThousand.median(), "ms", tenThousand.median() < 1_000);
            Point bare = floor.get(TEN_THOUSAND);
            if (bare != null) {
                double ratio = tenThousand.median() / bare.median();
                target(table, "… within 3× of the floor", ratio, "×", ratio <= 3);
            }
        }
        Point previous = null;
        for (Point point : evaluate.values()) {
            if (previous != null && point.objectives() == previous.objectives() * 10) {
                double growth = point.median() / previous.median();
                target(table, String.format(Locale.ROOT, "×10 data (%,d → %,d objectives) at most ×12 time",
                        previous.objectives(), point.objectives()), growth, "×", growth <= 12);
            }
            previous = point;
        }
        figures.stream().filter(figure -> figure.benchmark().equals(START)).findFirst().ifPresent(start ->
                target(table, "shipped rules ready under 2 s at start", start.median(), start.unit(), start.median() < 2_000));
        figures.stream().filter(figure -> figure.benchmark().equals(PANEL)).findFirst().ifPresent(panel ->
                target(table, "objective panel (50 key results) under 5 ms warm", panel.median(), panel.unit(),
                        panel.median() < 5_000));
        limit(table, figures, LARGE_PANEL, "objective panel of an epic with 5,000 key results under 50 ms warm, Jira's calls costed", 50);
        limit(table, figures, COACH_FIRST,
                "coach view over 10,000 objectives: a viewer's first page under 2 s, the node's site read ready, Jira's calls costed", 2_000);
        limit(table, figures, COACH_NEXT, "… next page under 200 ms", 200);
        limit(table, figures, COACH_FILTER, "… filter change under 200 ms", 200);
        return table.toString();
    }

    /** The row of a target that {@code benchmark}'s median, in milliseconds, meets when under {@code limit}. */
    private static void limit(StringBuilder table, List<Figure> figures, String benchmark, String target, double limit) {
        figures.stream().filter(figure -> figure.benchmark().equals(benchmark)).findFirst().ifPresent(figure ->
                target(table, target, figure.median(), figure.unit(), figure.median() < limit));
    }

    private static void target(StringBuilder table, String target, double value, String unit, boolean met) {
        table.append(String.format(Locale.ROOT, "| %s | %s %s | %s |%n", target, number(value), unit, met ? "met" : "**missed**"));
    }

    static String figureTable(List<Figure> figures) {
        StringBuilder table = new StringBuilder(
                "| benchmark | objectives | median | min – max | unit | samples | allocated per op |\n"
                        + "| --- | ---: | ---: | ---: | --- | ---: | ---: |\n");
        for (Figure figure : figures) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s – %s | %s | %d | %s |%n",
                    figure.benchmark(), figure.size().isEmpty() ? "–" : figure.size(), number(figure.median()),
                    number(figure.min()), number(figure.max()), figure.unit(), figure.samples().size(),
                    bytes(figure.allocatedBytes())));
        }
        return table.toString();
    }

    static String scaleTable(List<Figure> figures) {
        Map<Integer, Point> evaluate = byObjectives(curve(figures, EVALUATE));
        Map<Integer, Point> floor = byObjectives(curve(figures, FLOOR));
        StringBuilder table = new StringBuilder(
                "| objectives | evaluate (ms) | floor (ms) | evaluate ÷ floor | ×10 data → evaluate time × |\n"
                        + "| ---: | ---: | ---: | ---: | ---: |\n");
        Point previous = null;
        for (Point point : evaluate.values()) {
            Point bare = floor.get(point.objectives());
            String growth = previous == null || point.objectives() != previous.objectives() * 10
                    ? "–" : number(point.median() / previous.median());
            table.append(String.format(Locale.ROOT, "| %,d | %s (%s – %s) | %s | %s | %s |%n",
                    point.objectives(), number(point.median()), number(point.min()), number(point.max()),
                    bare == null ? "–" : number(bare.median()),
                    bare == null ? "–" : number(point.median() / bare.median()), growth));
            previous = point;
        }
        return table.toString();
    }

    static List<Point> curve(List<Figure> figures, String benchmark) {
        return figures.stream().filter(figure -> figure.benchmark().equals(benchmark) && !figure.size().isEmpty())
                .map(figure -> new Point(Integer.parseInt(figure.size()), figure.median(), figure.min(), figure.max()))
                .sorted((a, b) -> Integer.compare(a.objectives(), b.objectives()))
                .toList();
    }

    private static Map<Integer, Point> byObjectives(List<Point> points) {
        Map<Integer, Point> map = new TreeMap<>();
        points.forEach(point -> map.put(point.objectives(), point));
        return map;
    }

    private static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String bytes(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double mib = value / (1024 * 1024);
        return mib >= 1 ? String.format(Locale.ROOT, "%.1f MiB", mib) : String.format(Locale.ROOT, "%.1f KiB", value / 1024);
    }
}
