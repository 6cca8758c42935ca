package com.okradvisor.cli;

import com.okradvisor.report.CsvReport;
import com.okradvisor.report.HtmlReport;
import com.okradvisor.report.JsonReport;
import com.okradvisor.report.PortfolioView;
import com.okradvisor.report.TextReport;

/** The report formats of {@code --format}. */
enum ReportFormat {
    text, json, csv, html;

    /** {@code view} in this format; {@code colour} applies to text only. */
    String render(PortfolioView view, boolean colour) {
        return switch (this) {
            case text -> TextReport.render(view, colour);
            case json -> JsonReport.render(view);
            case csv -> CsvReport.render(view);
            case html -> new HtmlReport().render(view);
        };
    }
}
