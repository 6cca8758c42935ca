package com.okradvisor.cli.report;

import com.okradvisor.view.FindingView;
import com.okradvisor.view.KpiView;
import com.okradvisor.view.ObjectiveView;
import com.okradvisor.view.PortfolioView;
import com.okradvisor.view.SeverityCount;
import static com.okradvisor.text.Characters.printable;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The plain-text report: findings grouped by objective (most severe objective first, severity first
 * inside), then KPIs and other findings, then one summary line per severity; judged against a baseline,
 * new findings are marked {@code NEW} and counted. ANSI colour only when asked;
 * issue text is {@linkplain com.okradvisor.text.Characters#printable printable}, so it cannot
 * command the terminal it is printed on.
 */
public final class TextReport {

    private static final String RESET = "\u001B[0m";
    private static final Comparator<ObjectiveView> WORST_FIRST = Comparator
            .comparingInt((ObjectiveView objective) -> rank(objective.getFindings()));

    private final boolean colour;
    private final boolean marksNew;
    private final StringBuilder out = new StringBuilder();

    private TextReport(boolean colour, boolean marksNew) {
        this.colour = colour;
        this.marksNew = marksNew;
    }

    /** The report of {@code view}; {@code colour} adds ANSI colours (for a terminal only). */
    public static String render(PortfolioView view, boolean colour) {
        return new TextReport(colour, view.hasBaseline()).write(view);
    }

    private String write(PortfolioView view) {
        line("OKR Advisor: " + view.getObjectives().size() + " objectives, " + view.getKeyResultCount()
                + " key results, " + view.getKpis().size() + " KPIs, as of " + view.getAsOf());
        for (ObjectiveView objective : view.getObjectives().stream().sorted(WORST_FIRST).toList()) {
            line("");
            line(bold(printable(objective.getKey() + "  " + objective.getTitle())));
            line("  " + objective.getCycle() + ", " + objective.getKindLabel().toLowerCase(Locale.ROOT) + ", "
                    + objective.getHealthLabel().toLowerCase(Locale.ROOT) + ": "
                    + objective.getProgressPercent() + "% done, " + objective.getExpectedPercent() + "% expected, owner "
                    + (objective.getOwner().isEmpty() ? "none" : printable(objective.getOwner())));
            findings(objective.getFindings());
        }
        for (KpiView kpi : view.getKpis()) {
            if (!kpi.getFindings().isEmpty()) {
                line("");
                line(bold(printable("KPI " + kpi.getKey() + "  " + kpi.getTitle())) + "  " + printable(kpi.getReadingText()));
                findings(kpi.getFindings());
            }
        }
        if (!view.getOtherFindings().isEmpty()) {
            line("");
            line(bold("Other findings"));
            findings(view.getOtherFindings());
        }
        line("");
        line(bold("Summary"));
        for (SeverityCount count : view.getSeverityCounts()) {
            line("  " + paint(count.getSeverity(), String.format(Locale.ROOT, "%-8s", count.getSeverity()))
                    + String.format(Locale.ROOT, "%4d", count.getCount()));
        }
        line("  " + view.getFindings().size() + " findings in total"
                + (marksNew ? ", " + view.getNewFindingCount() + " new since the baseline" : ""));
        return out.toString();
    }

    private void findings(List<FindingView> findings) {
        if (findings.isEmpty()) {
            line("  no findings");
        }
        for (FindingView finding : findings) {
            line("  " + paint(finding.getSeverity(), String.format(Locale.ROOT, "%-8s", finding.getSeverity())) + " "
                    + (marksNew && finding.isNew() ? "NEW " : "") + printable(finding.getMessage() + " [" + finding.getRule() + "]"));
            line("           → " + printable(finding.getRemedy()));
        }
    }

    private static int rank(List<FindingView> findings) {
        return findings.isEmpty() ? Integer.MAX_VALUE : findings.get(0).finding().severity().ordinal();
    }

    private String bold(String text) {
        return colour ? "\u001B[1m" + text + RESET : text;
    }

    private String paint(String severity, String text) {
        if (!colour) {
            return text;
        }
        String code = switch (severity) {
            case "CRITICAL" -> "\u001B[1;31m";
            case "MAJOR" -> "\u001B[33m";
            case "MINOR" -> "\u001B[36m";
            default -> "\u001B[2m";
        };
        return code + text + RESET;
    }

    private void line(String text) {
        out.append(text).append(System.lineSeparator());
    }
}
