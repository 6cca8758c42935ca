package com.okradvisor.bench;

import com.okradvisor.bench.BenchmarkReport.Point;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The scale curve as an SVG chart on log–log axes: evaluation and floor medians with min–max
 * whiskers, the linear slope through the smallest evaluation for comparison, and the 1 s target.
 */
final class ScaleChart {

    private static final int WIDTH = 700;
    private static final int HEIGHT = 400;
    private static final int LEFT = 70;
    private static final int RIGHT = 190;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;
    private static final double TARGET_MS = 1_000;
    private static final int TARGET_OBJECTIVES = 10_000;
    private static final String EVALUATE_COLOUR = "#0052cc";
    private static final String FLOOR_COLOUR = "#36b37e";

    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;
    private final StringBuilder svg = new StringBuilder();

    private ScaleChart(List<Point> evaluate, List<Point> floor) {
        List<Point> all = Stream.concat(evaluate.stream(), floor.stream()).toList();
        minX = Math.log10(all.stream().mapToInt(Point::objectives).min().orElse(1_000)) - 0.15;
        maxX = Math.log10(all.stream().mapToInt(Point::objectives).max().orElse(100_000)) + 0.15;
        minY = Math.floor(Math.log10(all.stream().mapToDouble(Point::min).min().orElse(1)));
        maxY = Math.ceil(Math.log10(Math.max(TARGET_MS, all.stream().mapToDouble(Point::max).max().orElse(TARGET_MS))));
    }

    static String svg(List<Point> evaluate, List<Point> floor) {
        ScaleChart chart = new ScaleChart(evaluate, floor);
        chart.draw(evaluate, floor);
        return chart.svg.toString();
    }

    private void draw(List<Point> evaluate, List<Point> floor) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">Portfolio evaluation time "
                + "by size (median, min–max)</text>%n", LEFT));
        axes();
        if (!evaluate.isEmpty()) {
            Point first = evaluate.get(0);
            Point last = evaluate.get(evaluate.size() - 1);
            double linear = first.median() * last.objectives() / first.objectives();
            line(first.objectives(), first.median(), last.objectives(), linear, "#999999", "4 4");
            legend(2, "#999999", "linear from smallest", "4 4");
        }
        double targetX = x(TARGET_OBJECTIVES);
        double targetY = y(TARGET_MS);
        svg.append(String.format(Locale.ROOT, "<path d=\"M %.1f %.1f h -8 M %.1f %.1f h 8\" stroke=\"#de350b\" "
                + "stroke-width=\"2\"/>%n", targetX, targetY, targetX, targetY));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#de350b\">target 1 s</text>%n",
                targetX + 10, targetY - 4));
        series(floor, FLOOR_COLOUR);
        series(evaluate, EVALUATE_COLOUR);
        legend(0, EVALUATE_COLOUR, "evaluate (facts + rules)", "");
        legend(1, FLOOR_COLOUR, "floor (facts only)", "");
        svg.append("</svg>\n");
    }

    private void axes() {
        int plotRight = WIDTH - RIGHT;
        int plotBottom = HEIGHT - BOTTOM;
        for (int decade = (int) Math.ceil(minX); decade <= maxX; decade++) {
            double at = x(Math.pow(10, decade));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>%n",
                    at, TOP, at, plotBottom));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>%n",
                    at, plotBottom + 16, (long) Math.pow(10, decade)));
        }
        for (int decade = (int) minY; decade <= maxY; decade++) {
            double at = y(Math.pow(10, decade));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n",
                    LEFT, at, plotRight, at));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 6, at + 4, tick(Math.pow(10, decade))));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#333333\"/>%n", LEFT, TOP, plotRight - LEFT, plotBottom - TOP));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">objectives "
                + "(×5 key results, ÷5 KPIs), log scale</text>%n", (LEFT + plotRight) / 2, HEIGHT - 12));
    }

    private void series(List<Point> points, String colour) {
        StringBuilder path = new StringBuilder();
        for (Point point : points) {
            path.append(path.length() == 0 ? "M " : " L ")
                    .append(String.format(Locale.ROOT, "%.1f %.1f", x(point.objectives()), y(point.median())));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                    x(point.objectives()), y(point.min()), x(point.objectives()), y(point.max()), colour));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n",
                    x(point.objectives()), y(point.median()), colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>%n",
                    x(point.objectives()) + 7, y(point.median()) + 4, colour, milliseconds(point.median())));
        }
        svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                path, colour));
    }

    private void line(double x1, double y1, double x2, double y2, String colour, String dashes) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-dasharray=\"%s\"/>%n", x(x1), y(y1), x(x2), y(y2), colour, dashes));
    }

    private void legend(int row, String colour, String label, String dashes) {
        int at = TOP + 14 + row * 20;
        int from = WIDTH - RIGHT + 12;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                + "stroke-width=\"2\" stroke-dasharray=\"%s\"/>%n", from, at, from + 18, at, colour, dashes));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", from + 22, at + 4, label));
    }

    private double x(double objectives) {
        return LEFT + (Math.log10(objectives) - minX) / (maxX - minX) * (WIDTH - RIGHT - LEFT);
    }

    private double y(double milliseconds) {
        return HEIGHT - BOTTOM - (Math.log10(milliseconds) - minY) / (maxY - minY) * (HEIGHT - BOTTOM - TOP);
    }

    private static String tick(double milliseconds) {
        return milliseconds >= 1_000 ? String.format(Locale.ROOT, "%,.0f s", milliseconds / 1_000)
                : String.format(Locale.ROOT, "%s ms", milliseconds >= 1 ? String.valueOf((long) milliseconds)
                        : String.valueOf(milliseconds));
    }

    private static String milliseconds(double value) {
        return value >= 1_000 ? String.format(Locale.ROOT, "%.3g s", value / 1_000)
                : String.format(Locale.ROOT, "%.3g ms", value);
    }
}
