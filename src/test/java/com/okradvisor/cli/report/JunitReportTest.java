package com.okradvisor.cli.report;

import com.okradvisor.view.PortfolioView;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.model.Severity;
import com.okradvisor.testing.Okr;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReportTest {

    private static final String HOSTILE = "Delight <customers> & \"friends\" 'now'\u0000\u0001\u001B[2J\uFFFE\uD800";

    private static Document parsed(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void escapesIssueTextAndLeavesOutWhatXmlForbids() throws Exception {
        String xml = JunitReport.render(Reports.viewOf(Reports.givenUnmeasurableKeyResult(HOSTILE, "Make onboarding nice")),
                Optional.empty());

        Element suite = (Element) parsed(xml).getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("GRO-1 Delight <customers> & \"friends\" 'now'[2J");
    }

    @Test
    void failsNothingWithoutFailOn() throws Exception {
        String xml = JunitReport.render(Reports.viewOf(Reports.givenUnmeasurableKeyResult("Delight", "Make onboarding nice")),
                Optional.empty());

        assertThat(parsed(xml).getElementsByTagName("failure").getLength()).isZero();
        assertThat(parsed(xml).getDocumentElement().getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void failsFindingsAtOrAboveFailOnWithMessageAndRemedy() throws Exception {
        PortfolioView view = Reports.viewOf(Reports.givenUnmeasurableKeyResult("Delight", "Make onboarding nice"));

        Document xml = parsed(JunitReport.render(view, Optional.of(Severity.CRITICAL)));

        assertThat(xml.getElementsByTagName("failure").getLength())
                .isEqualTo((int) view.getFindings().stream().filter(finding -> finding.getSeverity().equals("CRITICAL")).count())
                .isPositive();
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).startsWith("KR GRO-103 has no number, target or metric");
        assertThat(failure.getTextContent()).contains("Give it a metric");
    }

    @Test
    void showsAnObjectiveWithoutFindingsAsOnePassingCase() throws Exception {
        PortfolioView view = Reports.viewOf(Okr.healthy("GRO-1"));

        Document xml = parsed(JunitReport.render(view, Optional.of(Severity.INFO)));

        assertThat(view.getFindings()).isEmpty();
        Element testCase = (Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(testCase.getAttribute("name")).isEqualTo("no findings");
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("1");
    }
}
