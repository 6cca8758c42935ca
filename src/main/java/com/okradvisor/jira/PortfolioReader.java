package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.okradvisor.intake.IntakeProblem;
import com.okradvisor.intake.IssueRecord;
import com.okradvisor.model.Mapping;
import com.okradvisor.view.HiddenAlignment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Reads the whole portfolio one user may browse, for the coach view, the project page and
 * {@code GET /findings}: the objectives the mapping selects, the key results in their epics, the KPIs,
 * the alignment links between them, the key results' work and the key results' and KPIs' {@code okr.*}
 * properties, through the {@link com.okradvisor.intake.PortfolioAssembler} the panels and the command line share.
 *
 * <p>The same reads serve a read of the whole site's portfolio ({@link #readSite}), made without the
 * user's permissions and given to each viewer only through Jira's permission check of each issue
 * ({@link #forViewer}), so a node reads the site once for all its viewers.
 *
 * <p>Jira's calls grow with result pages and link types, not with issues, and no read takes all of
 * Jira's issues (docs/design.md, "Reading a portfolio"):
 * <ul>
 *   <li>searches as the user, so Jira returns only what they may browse (for the site read, every issue
 *       the JQL finds), in pages of
 *       {@value JiraSearch#PAGE_SIZE} inside the search window and past it by key ({@link JiraSearch#all}):
 *       one for the objectives, one for the KPIs, one for the key results of each
 *       {@value #EPICS_PER_SEARCH} objectives;</li>
 *   <li>the links between the issues read and each key result's work (sub-tasks, issues linked by a
 *       work link type), per link type and per page of issues ({@link PortfolioLinks}); an alignment
 *       link counts only when both its issues were read, and work the user may not browse is counted
 *       as hidden, never named;</li>
 *   <li>the {@code okr.*} properties in pages ({@link IssueProperties#okrProperties(Set)}).</li>
 * </ul>
 * Every read is bounded: at most {@value #OBJECTIVES_READ} objectives, {@value #KEY_RESULTS_READ} key
 * results and {@value #KPIS_READ} KPIs; those found beyond are counted, not judged.
 */
@Named
public class PortfolioReader {

    /** The most objectives one read takes: twice the largest portfolio the benchmarks judge. */
    static final int OBJECTIVES_READ = 20_000;
    /** The most key results one read takes. */
    static final int KEY_RESULTS_READ = 100_000;
    /** The most KPIs one read takes. */
    static final int KPIS_READ = 5_000;
    /** Objectives whose key results one search selects: a JQL of about 4,000 characters. */
    static final int EPICS_PER_SEARCH = 200;

    private final JiraSearch search;
    private final OkrReader reader;
    private final PortfolioLinks portfolioLinks;
    private final IssueProperties issueProperties;
    private final PermissionManager permissionManager;

    @Inject
    public PortfolioReader(JiraSearch search, OkrReader reader, IssueLinkManager issueLinkManager,
            IssueLinkTypeManager issueLinkTypeManager, IssueProperties issueProperties, PermissionManager permissionManager) {
        this.search = search;
        this.reader = reader;
        this.portfolioLinks = new PortfolioLinks(issueLinkManager, issueLinkTypeManager);
        this.issueProperties = issueProperties;
        this.permissionManager = permissionManager;
    }

    /** The portfolio {@code user} may browse (null: anonymous), under {@code mapping}. */
    public PortfolioSnapshot read(ApplicationUser user, Mapping mapping) {
        return read(search, user, mapping).snapshot(mapping);
    }

    /**
     * The whole site's portfolio under {@code mapping}, read once for every viewer: the same reads as
     * {@link #read}, without the permissions of {@code user}, who only runs the JQL. Never shown as it
     * is: {@link #forViewer} gives each viewer what they may browse.
     */
    SiteRead readSite(ApplicationUser user, Mapping mapping) {
        return read(search.wholeSite(), user, mapping);
    }

    /**
     * What {@link #read} would read for {@code user} (null: anonymous), taken out of {@code site} with
     * Jira's permission check of each issue it holds (at most one check per issue), instead of Jira's
     * searches: the same portfolio, none of it read again (docs/design.md, "Reading a portfolio").
     */
    PortfolioSnapshot forViewer(SiteRead site, ApplicationUser user, Mapping mapping) {
        return site.forViewer(mayBrowse(user), mapping);
    }

    /**
     * The hidden parents and children of each of {@code objectiveKeys} that {@link OkrReader#hiddenAlignment}
     * counts for {@code user}, taken out of {@code site} with a permission check per objective at the far
     * end of an alignment link instead of a search, link reads and a load of each linked issue.
     */
    Map<String, HiddenAlignment.Count> hiddenAlignment(SiteRead site, List<String> objectiveKeys, ApplicationUser user,
            Mapping mapping) {
        return site.hiddenAlignment(objectiveKeys, mayBrowse(user), mapping);
    }

    private Predicate<Issue> mayBrowse(ApplicationUser user) {
        return issue -> permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    private SiteRead read(JiraSearch search, ApplicationUser user, Mapping mapping) {
        JiraSearch.Found objectiveSearch = search.all(user, mapping.objectiveJql(), OBJECTIVES_READ);
        List<Issue> objectives = objectiveSearch.issues().stream().filter(issue -> JiraIssues.isObjective(issue, mapping)).toList();
        Map<String, Issue> byKey = new LinkedHashMap<>();
        objectives.forEach(objective -> byKey.put(objective.getKey(), objective));
        Map<String, String> epicOf = new HashMap<>();
        int keyResultsNotRead = readKeyResults(search, user, mapping, objectives, byKey, epicOf);
        JiraSearch.Found kpiSearch = mapping.kpiJql().isEmpty() ? new JiraSearch.Found(List.of(), 0)
                : search.all(user, mapping.kpiJql(), KPIS_READ);
        kpiSearch.issues().stream().filter(issue -> JiraIssues.isKpi(issue, mapping))
                .forEach(kpi -> byKey.putIfAbsent(kpi.getKey(), kpi));

        Map<Long, Issue> byId = new HashMap<>();
        Map<Long, Issue> keyResults = new HashMap<>();
        byKey.values().forEach(issue -> byId.put(issue.getId(), issue));
        epicOf.keySet().forEach(key -> keyResults.put(byKey.get(key).getId(), byKey.get(key)));
        PortfolioLinks.Read links = portfolioLinks.read(search, user, mapping, byId, keyResults);
        Set<Long> withProperties = byKey.values().stream().filter(issue -> !JiraIssues.isObjective(issue, mapping))
                .map(Issue::getId).collect(Collectors.toSet());
        Map<Long, Map<String, String>> properties = issueProperties.okrProperties(withProperties);

        List<IntakeProblem> problems = new ArrayList<>();
        List<IssueRecord> records = new ArrayList<>();
        for (Issue issue : byKey.values()) {
            records.add(JiraIssues.record(issue, Optional.ofNullable(epicOf.get(issue.getKey())),
                    links.byIssue().getOrDefault(issue.getId(), List.of()),
                    JiraIssues.properties(issue.getKey(), properties.getOrDefault(issue.getId(), Map.of()), problems)));
        }
        Map<String, Issue> issues = new HashMap<>(links.work());
        issues.putAll(byKey);
        return new SiteRead(records, issues, problems, objectiveSearch.notRead(), keyResultsNotRead, kpiSearch.notRead(),
                links.typesReadIssueByIssue());
    }

    /** How many objectives project {@code projectKey} has, including those {@code user} may not browse. */
    public long countObjectives(ApplicationUser user, Mapping mapping, String projectKey) {
        return search.countAll(user, OkrReader.projectObjectives(mapping, projectKey));
    }

    /**
     * Reads the key results of {@code objectives} into {@code byKey}, each with its epic in
     * {@code epicOf}, a search per {@value #EPICS_PER_SEARCH} objectives; returns how many were found
     * beyond the bound.
     */
    private int readKeyResults(JiraSearch search, ApplicationUser user, Mapping mapping, List<Issue> objectives, Map<String, Issue> byKey,
            Map<String, String> epicOf) {
        int read = 0;
        int notRead = 0;
        Collection<CustomField> epicLinkFields = reader.epicLinkFields(mapping);
        for (int from = 0; from < objectives.size(); from += EPICS_PER_SEARCH) {
            List<Issue> epics = objectives.subList(from, Math.min(objectives.size(), from + EPICS_PER_SEARCH));
            if (read >= KEY_RESULTS_READ) {
                notRead += search.issues(user, keyResultsOf(mapping, epics) + " ORDER BY key", 1).total();
                continue;
            }
            Set<String> epicKeys = epics.stream().map(Issue::getKey).collect(Collectors.toSet());
            JiraSearch.Found found = search.all(user, keyResultsOf(mapping, epics), KEY_RESULTS_READ - read);
            notRead += found.notRead();
            for (Issue keyResult : found.issues()) {
                Optional<String> epic = OkrReader.epicOf(keyResult, epicLinkFields).map(Issue::getKey).filter(epicKeys::contains);
                if (epic.isPresent() && !byKey.containsKey(keyResult.getKey())) {
                    byKey.put(keyResult.getKey(), keyResult);
                    epicOf.put(keyResult.getKey(), epic.get());
                    read++;
                }
            }
        }
        return notRead;
    }

    /** The JQL of the key results in {@code epics}: the issues of their epics, sub-tasks excluded. */
    private static String keyResultsOf(Mapping mapping, List<Issue> epics) {
        return Mapping.quoted(mapping.epicLinkField()) + " in ("
                + epics.stream().map(epic -> Mapping.quoted(epic.getKey())).collect(Collectors.joining(", "))
                + ") AND issuetype not in subTaskIssueTypes()";
    }

}
