package com.okradvisor.jira.rest;

import com.okradvisor.jira.PortfolioSnapshot;
import com.okradvisor.view.AlignedObjective;
import com.okradvisor.view.FindingPage;
import com.okradvisor.view.FindingRow;
import com.okradvisor.view.KeyResultView;
import com.okradvisor.view.ObjectiveView;
import com.okradvisor.view.ProjectObjective;
import com.okradvisor.view.ProjectView;
import com.okradvisor.view.SeverityCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the portfolio-wide calls, {@code GET /findings} and {@code GET /projects/{key}/objectives}:
 * the view models the coach view and the project page show, as data. A value not known is left out.
 */
final class PortfolioRepresentations {

    private PortfolioRepresentations() {
    }

    /** {@code GET /findings}: one page, the counts of every page, and what the read left out. */
    record FindingsPage(int page, int pageSize, int pages, int total, Map<String, Integer> counts, List<FindingEntry> findings,
            int objectivesNotRead, int keyResultsNotRead, int kpisNotRead) {

        static FindingsPage of(FindingPage page, PortfolioSnapshot snapshot) {
            return new FindingsPage(page.getPage(), page.filter().pageSize(), page.getPageCount(), page.getTotal(),
                    bySeverity(page.getSeverityCounts()), page.getRows().stream().map(FindingEntry::of).toList(),
                    snapshot.objectivesNotRead(), snapshot.keyResultsNotRead(), snapshot.kpisNotRead());
        }
    }

    record FindingEntry(String rule, String severity, String issue, String message, String remedy, String project,
            String objective, String cycle, String owner) {

        static FindingEntry of(FindingRow row) {
            return new FindingEntry(row.getFinding().getRule(), row.getFinding().getSeverity(), row.getFinding().getIssueKey(),
                    row.getFinding().getMessage(), row.getFinding().getRemedy(), row.getProject(), blankless(row.getObjectiveKey()),
                    blankless(row.getCycle()), blankless(row.getOwner()));
        }
    }

    /** {@code GET /projects/{key}/objectives}. */
    record ProjectObjectives(String project, String cycle, List<String> cycles, long hiddenObjectives,
            List<ProjectObjectiveEntry> objectives) {

        static ProjectObjectives of(ProjectView view) {
            return new ProjectObjectives(view.getProject(), view.getCycle(), view.getCycles(), view.getHiddenObjectives(),
                    view.getObjectives().stream().map(ProjectObjectiveEntry::of).toList());
        }
    }

    record ProjectObjectiveEntry(String key, String title, double progress, double expected, String health, String kind,
            List<KeyResultEntry> keyResults, Map<String, Integer> findings, List<AlignedEntry> parents, int hiddenParents,
            List<AlignedEntry> children, int hiddenChildren) {

        static ProjectObjectiveEntry of(ProjectObjective entry) {
            ObjectiveView objective = entry.getObjective();
            return new ProjectObjectiveEntry(objective.getKey(), objective.getTitle(), objective.getProgress(),
                    objective.getExpected(), objective.getHealth(), objective.getKind(),
                    objective.getKeyResults().stream().map(KeyResultEntry::of).toList(), bySeverity(entry.getSeverityCounts()),
                    entry.getParents().stream().map(AlignedEntry::of).toList(), entry.getHiddenParents(),
                    entry.getChildren().stream().map(AlignedEntry::of).toList(), entry.getHiddenChildren());
        }
    }

    record KeyResultEntry(String key, String title, double progress) {

        static KeyResultEntry of(KeyResultView keyResult) {
            return new KeyResultEntry(keyResult.getKey(), keyResult.getTitle(), keyResult.getProgress());
        }
    }

    record AlignedEntry(String key, String title, String project) {

        static AlignedEntry of(AlignedObjective objective) {
            return new AlignedEntry(objective.getKey(), objective.getTitle(), objective.getProject());
        }
    }

    /** Severity to count, most severe first, zeros included. */
    private static Map<String, Integer> bySeverity(List<SeverityCount> counts) {
        Map<String, Integer> severities = new LinkedHashMap<>();
        counts.forEach(count -> severities.put(count.getSeverity(), count.getCount()));
        return severities;
    }

    private static String blankless(String value) {
        return value.isEmpty() ? null : value;
    }
}
