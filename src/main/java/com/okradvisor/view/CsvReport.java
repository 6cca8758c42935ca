package com.okradvisor.view;

import com.okradvisor.text.Characters;
import java.util.List;

/**
 * One finding a row, with the kind of the objective it is on ({@code committed}, {@code aspirational},
 * {@code unknown}; empty for a finding on no objective), RFC 4180: CRLF line ends, every cell quoted, quotes doubled. A cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * is neutralised with a leading apostrophe. CSV has no escape for control characters, and is often
 * printed to a terminal, so cells are {@linkplain Characters#printable printable}. The command line
 * writes a report's findings so; the coach view exports the findings it selects in the same columns.
 */
public final class CsvReport {

    private static final String CRLF = "\r\n";
    private static final List<String> HEADER = List.of("rule", "severity", "issue", "objective", "kind", "title", "message",
            "remedy");

    private CsvReport() {
    }

    public static String render(PortfolioView view) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (ObjectiveView objective : view.getObjectives()) {
            for (FindingView finding : objective.getFindings()) {
                row(out, cells(finding, objective.getKey(), objective.getKind()));
            }
        }
        for (KpiView kpi : view.getKpis()) {
            for (FindingView finding : kpi.getFindings()) {
                row(out, cells(finding, "", ""));
            }
        }
        for (FindingView finding : view.getOtherFindings()) {
            row(out, cells(finding, "", ""));
        }
        return out.toString();
    }

    /** The rows the coach selected, in their order, in the same columns as a report's. */
    public static String render(List<FindingRow> rows) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (FindingRow finding : rows) {
            row(out, cells(finding.getFinding(), finding.getObjectiveKey(), finding.getObjectiveKind()));
        }
        return out.toString();
    }

    private static List<String> cells(FindingView finding, String objectiveKey, String kind) {
        return List.of(finding.getRule(), finding.getSeverity(), finding.getIssueKey(), objectiveKey, kind,
                finding.getTitle(), finding.getMessage(), finding.getRemedy());
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(neutralised(Characters.printable(cells.get(i))).replace("\"", "\"\"")).append('"');
        }
        out.append(CRLF);
    }

    /** Prefixes an apostrophe to text a spreadsheet would evaluate as a formula. */
    public static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
