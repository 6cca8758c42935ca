package com.okradvisor.cli.report;

import com.okradvisor.model.Severity;
import com.okradvisor.view.FindingView;
import com.okradvisor.view.ObjectiveView;
import com.okradvisor.view.PortfolioView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report as JUnit XML, which CI servers (Jenkins, GitLab, GitHub Actions' test reporters) show
 * as test results: a test suite per objective, then one for the KPIs and one for other findings
 * when they have any; a test case per finding, named by issue and rule so that a CI server follows
 * it from run to run; an objective without findings is one passing case. A finding fails when it is
 * at least as severe as {@code failOn} and new (every finding is new without a baseline), so the
 * failures are exactly what makes {@code --fail-on} exit 1. Text is escaped for XML 1.0 and the
 * characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE, U+FFFF) are left out.
 */
public final class JunitReport {

    private final Optional<Severity> failOn;
    private final StringBuilder out = new StringBuilder();

    private JunitReport(Optional<Severity> failOn) {
        this.failOn = failOn;
    }

    /** The report of {@code view}; without {@code failOn} no finding fails. */
    public static String render(PortfolioView view, Optional<Severity> failOn) {
        return new JunitReport(failOn).write(view);
    }

    private record Suite(String name, String className, List<FindingView> findings) {
    }

    private String write(PortfolioView view) {
        List<Suite> suites = new ArrayList<>();
        for (ObjectiveView objective : view.getObjectives()) {
            suites.add(new Suite(objective.getKey() + " " + objective.getTitle(), objective.getKey(), objective.getFindings()));
        }
        List<FindingView> kpiFindings = view.getKpis().stream().flatMap(kpi -> kpi.getFindings().stream()).toList();
        if (!kpiFindings.isEmpty()) {
            suites.add(new Suite("KPIs", "KPIs", kpiFindings));
        }
        if (!view.getOtherFindings().isEmpty()) {
            suites.add(new Suite("Other findings", "Other", view.getOtherFindings()));
        }
        long tests = suites.stream().mapToInt(suite -> Math.max(1, suite.findings().size())).sum();
        long failures = view.getFindings().stream().filter(this::fails).count();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"OKR Advisor as of ").append(view.getAsOf()).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" time=\"0\">\n");
        suites.forEach(this::suite);
        out.append("</testsuites>\n");
        return out.toString();
    }

    private void suite(Suite suite) {
        out.append("  <testsuite name=\"").append(escaped(suite.name())).append("\" tests=\"")
                .append(Math.max(1, suite.findings().size())).append("\" failures=\"")
                .append(suite.findings().stream().filter(this::fails).count())
                .append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        if (suite.findings().isEmpty()) {
            testCase(suite.className(), "no findings").append("/>\n");
        }
        for (FindingView finding : suite.findings()) {
            testCase(suite.className(), finding.getIssueKey() + " " + finding.getRule());
            if (fails(finding)) {
                out.append(">\n      <failure type=\"").append(finding.getSeverity()).append("\" message=\"")
                        .append(escaped(finding.getMessage())).append("\">")
                        .append(escaped(finding.getMessage() + "\n" + finding.getTitle() + ": " + finding.getRemedy()))
                        .append("</failure>\n    </testcase>\n");
            } else {
                out.append("/>\n");
            }
        }
        out.append("  </testsuite>\n");
    }

    private StringBuilder testCase(String className, String name) {
        return out.append("    <testcase classname=\"").append(escaped(className)).append("\" name=\"").append(escaped(name))
                .append("\" time=\"0\"");
    }

    private boolean fails(FindingView finding) {
        return finding.isNew() && failOn.isPresent() && finding.finding().severity().isAtLeast(failOn.get());
    }

    /** {@code text} escaped for an XML 1.0 attribute or element, without the characters XML 1.0 forbids. */
    static String escaped(String text) {
        StringBuilder xml = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    if (isAllowedInXml(codePoint)) {
                        xml.appendCodePoint(codePoint);
                    }
                }
            }
        });
        return xml.toString();
    }

    /** XML 1.0's {@code Char} production. */
    private static boolean isAllowedInXml(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }
}
