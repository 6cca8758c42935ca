package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.okradvisor.intake.Intake;
import com.okradvisor.intake.IntakeProblem;
import com.okradvisor.intake.IssueRecord;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.intake.PortfolioAssembler;
import com.okradvisor.model.Mapping;
import com.okradvisor.view.HiddenAlignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What {@link PortfolioReader} read, before it is assembled: the records of the objectives, key results
 * and KPIs in the order read, each with its links and properties, the Jira issues they and their work
 * are, and what the read left out.
 *
 * <p>Read as one user, it is that user's portfolio. Read for the whole site ({@link PortfolioReader#readSite}),
 * it is every viewer's at once, and {@link #forViewer} takes out what one viewer would have read, so that
 * a node reads the site once instead of once per viewer (docs/design.md, "Reading a portfolio").
 */
final class SiteRead {

    private final List<IssueRecord> records;
    private final Map<String, Issue> issues;
    private final List<IntakeProblem> problems;
    private final int objectivesNotRead;
    private final int keyResultsNotRead;
    private final int kpisNotRead;
    private final List<String> linkTypesReadIssueByIssue;

    /**
     * @param issues every issue a record is, or a record's link names, by key
     * @param problems what could not be read as it came, each naming its issue
     */
    SiteRead(List<IssueRecord> records, Map<String, Issue> issues, List<IntakeProblem> problems, int objectivesNotRead,
            int keyResultsNotRead, int kpisNotRead, List<String> linkTypesReadIssueByIssue) {
        this.records = List.copyOf(records);
        this.issues = Map.copyOf(issues);
        this.problems = List.copyOf(problems);
        this.objectivesNotRead = objectivesNotRead;
        this.keyResultsNotRead = keyResultsNotRead;
        this.kpisNotRead = kpisNotRead;
        this.linkTypesReadIssueByIssue = List.copyOf(linkTypesReadIssueByIssue);
    }

    /**
     * True when the read left issues out at its bounds: then which of them a viewer would have read in
     * their place cannot be told from it, and each viewer is read on their own.
     */
    boolean bounded() {
        return objectivesNotRead + keyResultsNotRead + kpisNotRead > 0;
    }

    /** The portfolio, assembled under {@code mapping} as the command line assembles an export. */
    PortfolioSnapshot snapshot(Mapping mapping) {
        return snapshot(mapping, records, problems);
    }

    private PortfolioSnapshot snapshot(Mapping mapping, List<IssueRecord> records, List<IntakeProblem> problems) {
        Intake intake = new PortfolioAssembler(mapping).assemble(records);
        List<IntakeProblem> all = new ArrayList<>(problems);
        all.addAll(intake.problems());
        return new PortfolioSnapshot(intake.portfolio(), all, objectivesNotRead, keyResultsNotRead, kpisNotRead,
                linkTypesReadIssueByIssue);
    }

    /**
     * The portfolio a read as the viewer {@code mayBrowse} describes would have given, from this read of
     * the whole site (which must not be {@link #bounded}), asking {@code mayBrowse} at most once per issue
     * (an issue the read does not hold counts as one they may not browse):
     * <ul>
     *   <li>the objectives and KPIs they may browse, and the key results they may browse in those objectives;</li>
     *   <li>a link between two of those, as it is;</li>
     *   <li>a key result's work (a sub-task, or a link of a type {@code mapping} counts as work) to any other
     *       issue: named when they may browse it, else counted as hidden, its key and all else left out;</li>
     *   <li>any other link to an issue outside what they read left out, as a read of theirs would never
     *       have found it (an alignment counts only between two issues read);</li>
     *   <li>the problems of the issues they read.</li>
     * </ul>
     */
    PortfolioSnapshot forViewer(Predicate<Issue> mayBrowse, Mapping mapping) {
        Predicate<String> visible = visibleTo(mayBrowse);
        Set<String> read = new HashSet<>();
        for (IssueRecord record : records) {
            if (visible.test(record.key()) && record.epicKey().map(read::contains).orElse(true)) {
                read.add(record.key());
            }
        }
        List<IssueRecord> theirs = new ArrayList<>();
        for (IssueRecord record : records) {
            if (!read.contains(record.key())) {
                continue;
            }
            boolean keyResult = record.epicKey().isPresent();
            List<LinkRecord> links = new ArrayList<>();
            for (LinkRecord link : record.links()) {
                String other = link.otherKey().orElse(null);
                if (other == null || read.contains(other)) {
                    links.add(link);
                } else if (keyResult && (LinkRecord.SUB_TASK.equals(link.type()) || mapping.countsAsWork(link.type()))) {
                    links.add(visible.test(other) ? link : JiraIssues.link(link.type(), null, false, link.outward()));
                }
            }
            theirs.add(record.withLinks(links));
        }
        return snapshot(mapping, theirs, problems.stream().filter(problem -> read.contains(problem.issueKey())).toList());
    }

    /**
     * How many parents and children of each of {@code objectiveKeys} are objectives the viewer
     * {@code mayBrowse} describes may not browse, through the links {@code mapping} aligns by: what
     * {@link OkrReader#hiddenAlignment} counts, from this read (which must not be {@link #bounded}), with
     * one permission check per objective at the far end of such a link and no other call to Jira.
     */
    Map<String, HiddenAlignment.Count> hiddenAlignment(List<String> objectiveKeys, Predicate<Issue> mayBrowse, Mapping mapping) {
        Map<String, IssueRecord> objectives = new HashMap<>();
        records.stream().filter(record -> mapping.isObjective(record.issueType(), record.labels()))
                .forEach(record -> objectives.putIfAbsent(record.key(), record));
        Predicate<String> visible = visibleTo(mayBrowse);
        Map<String, HiddenAlignment.Count> counts = new LinkedHashMap<>();
        for (String key : objectiveKeys) {
            IssueRecord objective = objectives.get(key);
            if (objective == null) {
                continue;
            }
            int parents = 0;
            int children = 0;
            for (LinkRecord link : objective.links()) {
                String other = link.otherKey().orElse(null);
                if (mapping.aligns(link.type()) && objectives.containsKey(other) && !visible.test(other)) {
                    parents += link.outward() ? 1 : 0;
                    children += link.outward() ? 0 : 1;
                }
            }
            counts.put(key, new HiddenAlignment.Count(parents, children));
        }
        return counts;
    }

    /**
     * Whether the viewer {@code mayBrowse} describes may browse the issue of a key, asked of
     * {@code mayBrowse} once per key; an issue this read does not hold counts as one they may not.
     */
    private Predicate<String> visibleTo(Predicate<Issue> mayBrowse) {
        Map<String, Boolean> asked = new HashMap<>();
        return key -> asked.computeIfAbsent(key, unasked -> issues.containsKey(unasked) && mayBrowse.test(issues.get(unasked)));
    }
}
