package com.okradvisor.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.view.CsvReport;

import org.junit.jupiter.api.Test;

class CsvReportTest {

    @Test
    void quotesEveryCellAndDoublesQuotesAsRfc4180Says() {
        String csv = CsvReport.render(Reports.viewOf(Reports.givenUnmeasurableKeyResult("Delight customers",
                "Make \"onboarding\", at last, nice")));

        assertThat(csv).contains("\"kr-unmeasurable\",\"CRITICAL\",\"GRO-103\",\"GRO-1\",\"unknown\",\"Unmeasurable key result\","
                + "\"KR GRO-103 has no number, target or metric: 'Make \"\"onboarding\"\", at last, nice'\",");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvReport.neutralised("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvReport.neutralised("+1")).isEqualTo("'+1");
        assertThat(CsvReport.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvReport.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReport.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvReport.neutralised("KR GRO-1 = fine")).isEqualTo("KR GRO-1 = fine");
    }
}
