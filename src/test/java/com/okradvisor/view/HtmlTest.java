package com.okradvisor.view;

import com.okradvisor.cli.report.HtmlReport;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one escaper, and the one rule for what a template may insert as it is: Jira's {@code …Html} convention. */
class HtmlTest {

    @Test
    void escapesTheFiveCharactersThatCanOpenMarkup() {
        assertThat(Html.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void treatsAReferenceWhoseLastSegmentEndsInHtmlAsPreEscaped() {
        assertThat(Html.isPreEscaped("$okr.objective.titleHtml")).isTrue();
        assertThat(Html.isPreEscaped("$!{checkIn.noteHtml}")).isTrue();
        assertThat(Html.isPreEscaped("$finding.getMessageHtml()")).isTrue();
        assertThat(Html.isPreEscaped("$okrErrorHtml")).isTrue();
    }

    @Test
    void escapesEveryOtherReference() {
        assertThat(Html.isPreEscaped("$objective.title")).isFalse();
        assertThat(Html.isPreEscaped("$report.htmlFile")).as("only the last segment counts").isFalse();
        assertThat(Html.isPreEscaped("$html.key")).isFalse();
        assertThat(Html.isPreEscaped("${okr.progressPercent}")).isFalse();
    }

    @Test
    void theReportEngineEscapesPlainReferencesAndLeavesHtmlOnesAlone() {
        HtmlReport.EscapeUnlessHtml handler = new HtmlReport.EscapeUnlessHtml();

        assertThat(handler.referenceInsert(null, "$kpi.key", "<b>")).isEqualTo("&lt;b&gt;");
        assertThat(handler.referenceInsert(null, "$kpi.titleHtml", "&lt;b&gt;")).isEqualTo("&lt;b&gt;");
    }
}
