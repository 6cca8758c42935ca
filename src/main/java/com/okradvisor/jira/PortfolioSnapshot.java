package com.okradvisor.jira;

import com.okradvisor.intake.IntakeProblem;
import com.okradvisor.model.Portfolio;
import java.util.List;

/**
 * The portfolio one user may browse, read from Jira in bulk: every objective the mapping selects, the
 * key results in their epics, the KPIs, and the alignment links between them. It holds no issue the
 * user may not browse, so nothing judged from it can quote one.
 *
 * @param portfolio what the advisor judges and the pages show
 * @param problems what could not be read as it came (an entity property of the wrong shape), skipped
 * @param objectivesNotRead objectives the user may browse beyond the most one read takes, not judged
 * @param keyResultsNotRead key results the user may browse beyond the most one read takes, not judged
 * @param kpisNotRead KPIs the user may browse beyond the most one read takes, not judged
 * @param linkTypesReadIssueByIssue the link types read issue by issue, each linking too many issues
 *     across the site to read whole: what makes the read slow on a large site
 */
public record PortfolioSnapshot(Portfolio portfolio, List<IntakeProblem> problems, int objectivesNotRead,
        int keyResultsNotRead, int kpisNotRead, List<String> linkTypesReadIssueByIssue) {

    public PortfolioSnapshot {
        problems = List.copyOf(problems);
        linkTypesReadIssueByIssue = List.copyOf(linkTypesReadIssueByIssue);
    }

    /** Objectives, key results and KPIs the user may browse beyond the most one read takes: not judged. */
    public int notRead() {
        return objectivesNotRead + keyResultsNotRead + kpisNotRead;
    }
}
