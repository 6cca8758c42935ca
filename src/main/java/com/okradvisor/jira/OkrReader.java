package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.model.CheckIn;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.KpiReading;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.intake.MetricProperty;
import com.okradvisor.intake.OkrProperties;
import com.okradvisor.intake.PropertyException;
import com.okradvisor.report.LeftOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Reads one objective from Jira into the model, as the current user may see it (DESIGN.md §2).
 *
 * <p>The search, link and permission calls are bounded whatever the number of key results: two
 * searches for the key results (those the user may browse, a page of up to {@value JiraSearch#PAGE_SIZE}
 * at a time, and the count of all), one for the KPIs, two reads of the epic's links, and a
 * permission check per parent the epic is aligned to; one more search when a key result's own view
 * asks for it beyond the bound. Entity properties are read with one query per issue shown, which
 * reads its three {@code okr.*} properties at once.
 *
 * <p>What one read takes is bounded too ({@link #KEY_RESULTS_READ}, {@link #KPIS_READ}), well inside
 * Jira's search window; what is found beyond the bound is counted in the snapshot's {@link LeftOut}.
 */
@Named
public class OkrReader {

    /** The link type Jira Software uses from an epic to the issues in it. */
    static final String EPIC_STORY_LINK = "Epic-Story Link";
    /** Stands for a parent objective the user may not browse: it counts as alignment but is not named. */
    static final String HIDDEN_PARENT = "(hidden)";
    /**
     * The most key results one view of an objective reads and judges (its panel, a key result's
     * panel, {@code GET /objectives/{key}}); the rest are counted, not shown. Duplicate detection
     * compares every pair of key results, so 10,000 cost seconds of CPU on every view; 500 cost a
     * four-hundredth of that, and are more rows than anyone reads on a panel.
     */
    public static final int KEY_RESULTS_READ = 500;
    /** The most KPIs one view of an objective reads and judges; an objective has a few. */
    public static final int KPIS_READ = 100;

    private final JiraSearch search;
    private final IssueLinkManager issueLinkManager;
    private final PermissionManager permissionManager;
    private final IssueProperties issueProperties;

    @Inject
    public OkrReader(JiraSearch search, IssueLinkManager issueLinkManager, PermissionManager permissionManager,
            IssueProperties issueProperties) {
        this.search = search;
        this.issueLinkManager = issueLinkManager;
        this.permissionManager = permissionManager;
        this.issueProperties = issueProperties;
    }

    /** True when the mapping's objective JQL selects {@code issue} and {@code user} may browse it. */
    public boolean isObjective(Issue issue, ApplicationUser user, Mapping mapping) {
        return search.matchesAny(user, "key = " + JiraSearch.quoted(issue.getKey()) + " AND (" + mapping.objectiveJql() + ")");
    }

    /** The objective whose epic holds {@code keyResult}, when there is one the user may browse. */
    public Optional<Issue> objectiveOf(Issue keyResult, ApplicationUser user, Mapping mapping) {
        return issueLinkManager.getInwardLinks(keyResult.getId()).stream()
                .filter(link -> EPIC_STORY_LINK.equals(link.getIssueLinkType().getName()))
                .map(IssueLink::getSourceObject)
                .filter(epic -> isObjective(epic, user, mapping))
                .findFirst();
    }

    /** The objective {@code epic} with its key results, KPIs and alignment, as {@code user} may see them. */
    public ObjectiveSnapshot readObjective(Issue epic, ApplicationUser user, Mapping mapping) {
        return read(epic, Optional.empty(), user, mapping);
    }

    /**
     * The objective {@code epic} as {@link #readObjective} reads it, with {@code keyResult} among its
     * key results even when it lies beyond the first {@value #KEY_RESULTS_READ}: a key result's own
     * panel and REST answer never go missing on a large epic.
     */
    public ObjectiveSnapshot readObjectiveAround(Issue keyResult, Issue epic, ApplicationUser user, Mapping mapping) {
        return read(epic, Optional.of(keyResult), user, mapping);
    }

    private ObjectiveSnapshot read(Issue epic, Optional<Issue> keyResult, ApplicationUser user, Mapping mapping) {
        String key = JiraSearch.quoted(epic.getKey());
        String keyResultsClause = Mapping.quoted(mapping.epicLinkField()) + " = " + key
                + " AND issuetype not in subTaskIssueTypes()";
        String keyResultsJql = keyResultsClause + " ORDER BY key";
        JiraSearch.Found visibleKeyResults = search.issues(user, keyResultsJql, KEY_RESULTS_READ);
        List<Issue> keyResultIssues = withKeyResult(visibleKeyResults, keyResult, user, keyResultsClause);
        long allKeyResults = search.countAll(user, keyResultsJql);
        List<IssueLink> outward = alignmentLinks(issueLinkManager.getOutwardLinks(epic.getId()), mapping);
        List<IssueLink> inward = alignmentLinks(issueLinkManager.getInwardLinks(epic.getId()), mapping);
        Set<String> linkedKeys = Stream.concat(outward.stream().map(IssueLink::getDestinationObject),
                inward.stream().map(IssueLink::getSourceObject)).map(Issue::getKey).collect(Collectors.toSet());
        JiraSearch.Found linkedKpis = search.issues(user,
                "issue in linkedIssues(" + key + ") AND (" + mapping.kpiJql() + ")", KPIS_READ);
        List<Issue> kpiIssues = linkedKpis.issues().stream().filter(kpi -> linkedKeys.contains(kpi.getKey())).toList();

        List<PropertyProblem> problems = new ArrayList<>();
        List<KeyResult> keyResults = keyResultIssues.stream().map(issue -> keyResult(issue, problems)).toList();
        List<Kpi> kpis = kpiIssues.stream().map(issue -> kpi(issue, epic.getKey(), problems)).toList();
        Set<String> kpiKeys = kpiIssues.stream().map(Issue::getKey).collect(Collectors.toSet());
        Objective objective = new Objective(JiraIssues.toModel(epic), keyResults, parents(outward, user, kpiKeys));
        int hidden = (int) Math.max(0, allKeyResults - visibleKeyResults.total());
        int keyResultsNotRead = Math.max(0, visibleKeyResults.total() - keyResultIssues.size());
        LeftOut leftOut = new LeftOut(hidden, keyResultsNotRead, linkedKpis.notRead());
        return new ObjectiveSnapshot(objective, kpis, leftOut, problems);
    }

    /**
     * The key results read, and {@code keyResult} after them when the read stopped before it and
     * {@code keyResultsClause} selects it: one more search, made only on an epic larger than the bound.
     */
    private List<Issue> withKeyResult(JiraSearch.Found read, Optional<Issue> keyResult, ApplicationUser user,
            String keyResultsClause) {
        List<Issue> keyResults = new ArrayList<>(read.issues());
        keyResult.filter(wanted -> read.notRead() > 0)
                .filter(wanted -> keyResults.stream().noneMatch(issue -> issue.getKey().equals(wanted.getKey())))
                .filter(wanted -> search.matchesAny(user, "key = " + JiraSearch.quoted(wanted.getKey()) + " AND " + keyResultsClause))
                .ifPresent(keyResults::add);
        return keyResults;
    }

    /** The links of an alignment type: any but the epic's own, or only the configured ones. */
    private static List<IssueLink> alignmentLinks(List<IssueLink> links, Mapping mapping) {
        return links.stream().filter(link -> {
            String type = link.getIssueLinkType().getName();
            return !EPIC_STORY_LINK.equals(type) && mapping.aligns(type);
        }).toList();
    }

    /** The objectives the epic is aligned to through its outward alignment links, KPIs aside. */
    private List<String> parents(List<IssueLink> outward, ApplicationUser user, Set<String> kpiKeys) {
        List<String> parents = new ArrayList<>();
        for (IssueLink link : outward) {
            Issue parent = link.getDestinationObject();
            if (!kpiKeys.contains(parent.getKey())) {
                boolean visible = permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, parent, user);
                parents.add(visible ? parent.getKey() : HIDDEN_PARENT);
            }
        }
        return parents;
    }

    private KeyResult keyResult(Issue issue, List<PropertyProblem> problems) {
        Map<String, String> values = issueProperties.okrProperties(issue.getId());
        Optional<MetricProperty> metric = read(issue, values, OkrProperties.METRIC, OkrProperties::metric, problems);
        List<CheckIn> checkIns = read(issue, values, OkrProperties.CHECK_INS, OkrProperties::checkIns, problems)
                .orElse(List.of());
        return new KeyResult(JiraIssues.toModel(issue), metric.map(MetricProperty::metric),
                metric.map(MetricProperty::weight).orElse(KeyResult.DEFAULT_WEIGHT), checkIns);
    }

    private Kpi kpi(Issue issue, String objectiveKey, List<PropertyProblem> problems) {
        Map<String, String> values = issueProperties.okrProperties(issue.getId());
        Optional<KpiReading> reading = read(issue, values, OkrProperties.KPI, OkrProperties::kpiReading, problems);
        return new Kpi(JiraIssues.toModel(issue), reading, List.of(objectiveKey));
    }

    /** The property read by {@code reader}; a value that cannot be read is skipped and reported. */
    private static <T> Optional<T> read(Issue issue, Map<String, String> values, String property,
            Function<JsonNode, T> reader, List<PropertyProblem> problems) {
        String json = values.get(property);
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(OkrProperties.parse(property, json)));
        } catch (PropertyException e) {
            problems.add(new PropertyProblem(issue.getKey(), e.getMessage()));
            return Optional.empty();
        }
    }
}
