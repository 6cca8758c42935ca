package com.okradvisor.jira;

import com.okradvisor.advisor.Assessment;
import com.okradvisor.view.FindingIndex;

/**
 * The portfolio one user may browse, judged once: what the coach view, the project page and
 * {@code GET /findings} show, filtered and paged without judging again.
 *
 * @param snapshot what was read, all of it browsable by the user
 * @param assessment the findings and standings of one judgement of {@code snapshot.portfolio()}
 * @param findings those findings with what the coach filters and groups them by
 */
public record PortfolioAssessment(PortfolioSnapshot snapshot, Assessment assessment, FindingIndex findings) {
}
