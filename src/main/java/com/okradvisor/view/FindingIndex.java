package com.okradvisor.view;

import com.okradvisor.advisor.Assessment;
import com.okradvisor.advisor.RuleCatalogue;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Issue;
import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every finding of one judgement, worked out once with what the coach filters and groups them by, so
 * that the next page or another filter costs a pass over the rows, not another judgement. Rows keep
 * {@link Finding#ORDER} (severity, issue key, rule); grouped, they are ordered by the rule's key, or by
 * the objective's key with findings outside any objective last, and then as before: the order is
 * total, so a page always holds the same findings.
 */
public final class FindingIndex {

    private static final Comparator<FindingRow> BY_RULE = Comparator.comparing(row -> row.getFinding().getRule());
    private static final Comparator<FindingRow> BY_OBJECTIVE = Comparator
            .comparing((FindingRow row) -> row.getObjectiveKey().isEmpty())
            .thenComparing(FindingRow::getObjectiveKey, IssueKeys.ORDER);

    private final List<FindingRow> rows;
    private final Map<String, String> ruleTitles;

    private FindingIndex(List<FindingRow> rows, Map<String, String> ruleTitles) {
        this.rows = List.copyOf(rows);
        this.ruleTitles = Map.copyOf(ruleTitles);
    }

    /** The findings of {@code assessment}, a judgement of {@code portfolio}, with their rules from {@code catalogue}. */
    public static FindingIndex of(Portfolio portfolio, Assessment assessment, RuleCatalogue catalogue) {
        Map<String, Issue> issues = new HashMap<>();
        Map<String, Objective> objectiveOf = new HashMap<>();
        for (Objective objective : portfolio.objectives()) {
            issues.put(objective.key(), objective.issue());
            objectiveOf.put(objective.key(), objective);
            objective.keyResults().forEach(keyResult -> {
                issues.put(keyResult.key(), keyResult.issue());
                objectiveOf.put(keyResult.key(), objective);
            });
        }
        for (Kpi kpi : portfolio.kpis()) {
            issues.putIfAbsent(kpi.key(), kpi.issue());
        }
        List<FindingRow> rows = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        for (Finding finding : Finding.sorted(assessment.findings())) {
            Optional<RuleEntry> rule = catalogue.entry(finding.rule());
            titles.putIfAbsent(finding.rule(), rule.map(RuleEntry::title).orElse(finding.rule()));
            Optional<Issue> issue = Optional.ofNullable(issues.get(finding.issueKey()));
            Optional<Objective> objective = Optional.ofNullable(objectiveOf.get(finding.issueKey()));
            rows.add(new FindingRow(new FindingView(finding, rule),
                    issue.map(Issue::projectKey).orElseGet(() -> IssueKeys.project(finding.issueKey())),
                    issue.flatMap(Issue::owner), objective.map(Objective::key), objective.map(o -> o.issue().summary()),
                    objective.map(o -> assessment.standing(o).cycle().label()), objective.map(o -> o.kind().key())));
        }
        return new FindingIndex(rows, titles);
    }

    /** The page {@code filter} asks for; past the last page, the last page. */
    public FindingPage page(FindingFilter filter) {
        List<FindingRow> selected = new ArrayList<>(selected(filter));
        switch (filter.grouping()) {
            case RULE -> selected.sort(BY_RULE);
            case OBJECTIVE -> selected.sort(BY_OBJECTIVE);
            case NONE -> {
                // the rows' own order
            }
        }
        int pageCount = Math.max(1, (selected.size() + filter.pageSize() - 1) / filter.pageSize());
        FindingFilter onPage = filter.onPage(Math.min(filter.page(), pageCount));
        int from = (onPage.page() - 1) * filter.pageSize();
        List<FindingRow> rowsOnPage = selected.subList(Math.min(from, selected.size()),
                Math.min(from + filter.pageSize(), selected.size()));
        return new FindingPage(onPage, groups(rowsOnPage, filter.grouping()), selected.size(),
                SeverityCount.of(selected.stream().map(row -> row.getFinding().finding()).toList()));
    }

    /** Every finding {@code filter} selects, in the rows' order, every page of them: what an export writes. */
    public List<FindingRow> selected(FindingFilter filter) {
        return rows.stream().filter(row -> matches(filter, row)).toList();
    }

    /** The values each filter could take here, sorted: for the coach's selectors. */
    public List<String> projects() {
        return distinct(rows.stream().map(FindingRow::getProject).toList());
    }

    public List<String> rules() {
        return distinct(rows.stream().map(row -> row.getFinding().getRule()).toList());
    }

    public List<String> cycles() {
        return distinct(rows.stream().map(FindingRow::getCycle).filter(cycle -> !cycle.isEmpty()).toList());
    }

    public List<String> owners() {
        return distinct(rows.stream().map(FindingRow::getOwner).filter(owner -> !owner.isEmpty()).toList());
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static boolean matches(FindingFilter filter, FindingRow row) {
        return (filter.projects().isEmpty() || filter.projects().contains(row.getProject()))
                && (filter.rules().isEmpty() || filter.rules().contains(row.getFinding().getRule()))
                && (filter.severities().isEmpty() || filter.severities().contains(row.getFinding().finding().severity()))
                && (filter.cycles().isEmpty() || filter.cycles().contains(row.getCycle()))
                && (filter.owners().isEmpty() || filter.owners().contains(row.getOwner()));
    }

    private List<FindingGroup> groups(List<FindingRow> page, FindingFilter.Grouping grouping) {
        if (grouping == FindingFilter.Grouping.NONE) {
            return page.isEmpty() ? List.of() : List.of(new FindingGroup("", "", page));
        }
        List<FindingGroup> groups = new ArrayList<>();
        List<FindingRow> current = new ArrayList<>();
        String key = null;
        for (FindingRow row : page) {
            String rowKey = grouping == FindingFilter.Grouping.RULE ? row.getFinding().getRule() : row.getObjectiveKey();
            if (key != null && !key.equals(rowKey)) {
                groups.add(group(key, current, grouping));
                current = new ArrayList<>();
            }
            key = rowKey;
            current.add(row);
        }
        if (key != null) {
            groups.add(group(key, current, grouping));
        }
        return groups;
    }

    private FindingGroup group(String key, List<FindingRow> rows, FindingFilter.Grouping grouping) {
        String title = grouping == FindingFilter.Grouping.RULE ? ruleTitles.getOrDefault(key, key) : rows.get(0).getObjectiveTitle();
        return new FindingGroup(key, title, rows);
    }
}
