package com.okradvisor.cli;

import com.okradvisor.cli.report.HtmlReport;
import com.okradvisor.cli.report.JsonReport;
import com.okradvisor.cli.report.JunitReport;
import com.okradvisor.cli.report.TextReport;
import com.okradvisor.model.Severity;
import com.okradvisor.view.CsvReport;
import com.okradvisor.view.PortfolioView;
import java.util.Optional;

/** The report formats of {@code --format}, given in any case: {@code --format html}, {@code --format junit}. */
enum ReportFormat {
    TEXT, JSON, CSV, HTML, JUNIT;

    /** {@code view} in this format; {@code colour} applies to text only, {@code failOn} to JUnit XML only. */
    String render(PortfolioView view, boolean colour, Optional<Severity> failOn) {
        return switch (this) {
            case TEXT -> TextReport.render(view, colour);
            case JSON -> JsonReport.render(view);
            case CSV -> CsvReport.render(view);
            case HTML -> new HtmlReport().render(view);
            case JUNIT -> JunitReport.render(view, failOn);
        };
    }
}
