package com.okradvisor.jira;

import static com.okradvisor.jira.FakeJira.issue;
import static com.okradvisor.jira.PortfolioReaderTest.KPIS;
import static com.okradvisor.jira.PortfolioReaderTest.MAPPING;
import static com.okradvisor.jira.PortfolioReaderTest.OBJECTIVES;
import static com.okradvisor.jira.PortfolioReaderTest.keyResultsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.model.Work;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counting fakes of Jira's search, link, link type and property services: reading a portfolio, its
 * alignment links and its key results' work costs a number of calls that grows with result pages (of
 * 1,000 issues, of 500 properties) and batches (of 200 objectives, of 1,000 key results or linked
 * issues), not with issues.
 */
class PortfolioReaderCallsTest {

    @Test
    void jiraCallsGrowWithResultPagesNotWithIssues() throws Exception {
        int five = callsToRead(5);
        int fifty = callsToRead(50);
        int fourHundred = callsToRead(400);

        assertThat(fifty).as("ten times the issues, all in the first page or batch of each read").isEqualTo(five);
        int keyResultSearches = 2;
        int subTaskBatches = 4;
        int linkedWorkBatches = 2;
        int propertyPages = 3;
        assertThat(fourHundred - five).as("1,200 key results of 400 objectives: one more search of key results (200 objectives"
                + " a search: parse, search), one more batch of sub-tasks (1,000 key results a batch: parse, search, parse,"
                + " count) and of linked work (1,000 issues a batch: parse, search), three more pages of properties (1,600)")
                .isEqualTo(keyResultSearches + subTaskBatches + linkedWorkBatches + propertyPages);
    }

    /**
     * The Jira calls one read makes of a portfolio of {@code objectives}, each with 3 key results, each
     * with a sub-task and a linked task, and a KPI.
     */
    private static int callsToRead(int objectives) throws Exception {
        try (FakeJira site = new FakeJira()) {
            return callsToRead(site, objectives);
        }
    }

    private static int callsToRead(FakeJira jira, int objectives) {
        List<Issue> epics = new ArrayList<>();
        List<Issue> keyResults = new ArrayList<>();
        List<Issue> kpis = new ArrayList<>();
        for (int n = 1; n <= objectives; n++) {
            MutableIssue objective = issue(n, "GRO-" + n, "Objective " + n);
            List<MutableIssue> own = List.of(issue(1_000 + 3L * n, "GRO-" + (1_000 + 3 * n), "Key result A" + n),
                    issue(1_001 + 3L * n, "GRO-" + (1_001 + 3 * n), "Key result B" + n),
                    issue(1_002 + 3L * n, "GRO-" + (1_002 + 3 * n), "Key result C" + n));
            MutableIssue kpi = issue(5_000 + n, "KPI-" + n, "Indicator " + n);
            jira.objective(objective).keyResults(objective, own).kpis(objective, kpi).link(kpi, "supports", objective);
            for (MutableIssue keyResult : own) {
                jira.properties.put(keyResult.getId(), "okr.metric", "{\"baseline\":0,\"target\":10}");
                jira.link(keyResult, LinkRecord.SUB_TASK, issue(100_000 + keyResult.getId(), "GRO-" + (100_000 + keyResult.getId()), "Step"))
                        .link(issue(200_000 + keyResult.getId(), "WEB-" + keyResult.getId(), "Task"), "blocks", keyResult);
            }
            jira.properties.put(kpi.getId(), "okr.kpi", "{\"current\":1,\"threshold\":2}");
            epics.add(objective);
            keyResults.addAll(own);
            kpis.add(kpi);
        }
        jira.finds(OBJECTIVES, epics).finds(KPIS, kpis);
        for (int from = 0; from < objectives; from += PortfolioReader.EPICS_PER_SEARCH) {
            int to = Math.min(objectives, from + PortfolioReader.EPICS_PER_SEARCH);
            jira.finds(keyResultsOf(epics.subList(from, to).toArray(Issue[]::new)), keyResults.subList(3 * from, 3 * to));
        }
        jira.forgetCalls();

        PortfolioSnapshot snapshot = jira.portfolioReader().read(jira.user, MAPPING);

        assertThat(snapshot.portfolio().objectives()).hasSize(objectives);
        assertThat(snapshot.portfolio().objectives()).allSatisfy(objective -> assertThat(objective.keyResults()).hasSize(3)
                .allSatisfy(keyResult -> assertThat(keyResult.work()).isEqualTo(new Work(2, 0, 0))));
        assertThat(snapshot.portfolio().kpis()).hasSize(objectives);
        return jira.serviceCalls() + jira.properties.queries();
    }

}
