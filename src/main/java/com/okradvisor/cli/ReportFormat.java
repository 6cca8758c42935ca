package com.okradvisor.cli;

import com.okradvisor.report.CsvReport;
import com.okradvisor.report.HtmlReport;
import com.okradvisor.report.JsonReport;
import com.okradvisor.report.PortfolioView;
import com.okradvisor.report.TextReport;

/** The report formats of {@code --format}, given in any case: {@code --format html}. */
enum ReportFormat {
    TEXT, JSON, CSV, HTML;

    /** {@code view} in this format; {@code colour} applies to text only. */
    String render(PortfolioView view, boolean colour) {
        return switch (this) {
            case TEXT -> TextReport.render(view, colour);
            case JSON -> JsonReport.render(view);
            case CSV -> CsvReport.render(view);
            case HTML -> new HtmlReport().render(view);
        };
    }
}
