package com.okradvisor.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.model.Mapping;
import com.okradvisor.settings.OkrSettings;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mockito.MockedConstruction;
import org.mockito.invocation.InvocationOnMock;

/**
 * Jira's services as Mockito mocks that answer from a few tables: JQL to the issues the user may
 * browse, JQL to the count of all issues, issue links, the issues that exist by key, and the issues
 * the user may not browse or not edit. A search answers the page its {@code PagerFilter} asks for
 * with the total found, and fails, as Jira on OpenSearch does, when the page reaches past the first
 * {@value JiraSearch#SEARCH_WINDOW} results; every page asked is recorded. Close it after the test:
 * it mocks {@code PagerFilter}'s constructor.
 */
public final class FakeJira implements AutoCloseable {

    public static final LocalDate CREATED = LocalDate.of(2026, 3, 25);
    public static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    public final SearchService searchService = mock(SearchService.class);
    public final IssueLinkManager issueLinkManager = mock(IssueLinkManager.class);
    public final IssueLinkTypeManager issueLinkTypeManager = mock(IssueLinkTypeManager.class);
    public final PermissionManager permissionManager = mock(PermissionManager.class);
    public final IssueManager issueManager = mock(IssueManager.class);
    public final InMemoryIssueProperties properties = new InMemoryIssueProperties();
    public final ApplicationUser user = mock(ApplicationUser.class);
    public final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    private final CustomField epicLinkField = mock(CustomField.class);
    private final Map<String, List<Issue>> objectivesByProject = new HashMap<>();

    private final Map<String, List<Issue>> visible = new HashMap<>();
    private final Map<String, Long> all = new HashMap<>();
    private final List<String> refusedClauses = new ArrayList<>();
    private final Map<Long, List<IssueLink>> outward = new HashMap<>();
    private final Map<Long, List<IssueLink>> inward = new HashMap<>();
    private final Map<String, IssueLinkType> linkTypes = new LinkedHashMap<>();
    private final Map<Long, List<IssueLink>> linksByType = new HashMap<>();
    private final Set<Issue> forbidden = new HashSet<>();
    private final Set<Issue> readOnly = new HashSet<>();
    private final Map<Issue, Integer> permissionChecks = new HashMap<>();
    private final Map<String, MutableIssue> byKey = new HashMap<>();
    private final Map<Long, Issue> byId = new HashMap<>();
    private final Map<Issue, String> epics = new LinkedHashMap<>();
    private final Map<PagerFilter<?>, List<?>> pagers = new HashMap<>();
    private final List<Page> pagesAsked = new ArrayList<>();
    private final MockedConstruction<PagerFilter> pagerFilter = mockConstruction(PagerFilter.class,
            (pager, context) -> pagers.put(pager, context.arguments()));

    private record Jql(String text) implements Query {
    }

    /** The results a search for {@code jql} asked for: from {@code start}, at most {@code max}. */
    public record Page(String jql, int start, int max) {
    }

    public FakeJira() throws Exception {
        lenient().when(customFieldManager.getCustomFieldObjectsByName(Mapping.DEFAULTS.epicLinkField()))
                .thenReturn(List.of(epicLinkField));
        lenient().when(searchService.parseQuery(any(), anyString())).thenAnswer(call -> parsed(call.getArgument(1)));
        lenient().when(searchService.validateQuery(any(), any())).thenAnswer(call -> {
            String jql = ((Jql) call.getArgument(1)).text();
            MessageSet messages = stub(MessageSet.class);
            lenient().when(messages.hasAnyErrors()).thenReturn(refusedClauses.stream().anyMatch(jql::contains));
            return messages;
        });
        lenient().when(searchService.search(any(), any(), any())).thenAnswer(call -> found(call, false));
        lenient().when(searchService.searchOverrideSecurity(any(), any(), any())).thenAnswer(call -> found(call, true));
        lenient().when(searchService.searchCountOverrideSecurity(any(), any())).thenAnswer(call -> {
            String jql = ((Jql) call.getArgument(1)).text();
            return all.getOrDefault(jql, (long) visible.getOrDefault(jql, derived(jql, true)).size());
        });
        lenient().when(issueLinkManager.getOutwardLinks(any())).thenAnswer(call -> outward.getOrDefault(call.getArgument(0), List.of()));
        lenient().when(issueLinkManager.getInwardLinks(any())).thenAnswer(call -> inward.getOrDefault(call.getArgument(0), List.of()));
        lenient().when(issueLinkManager.getIssueLinks(any())).thenAnswer(call -> linksByType.getOrDefault(call.getArgument(0), List.of()));
        lenient().when(issueLinkTypeManager.getIssueLinkTypes()).thenAnswer(call -> linkTypes.values().stream()
                .filter(type -> !LinkRecord.EPIC_STORY.equals(type.getName()) && !LinkRecord.SUB_TASK.equals(type.getName())).toList());
        lenient().when(permissionManager.hasPermission(any(), any(Issue.class), any()))
                .thenAnswer(call -> mayPass(call.getArgument(1)));
        lenient().when(issueManager.getIssueObject(anyString())).thenAnswer(call -> byKey.get(call.<String>getArgument(0)));
        lenient().when(user.getDisplayName()).thenReturn("Ben Okafor");
    }

    /**
     * The permission keys the declarations give are null constants (src/jira-api), so a check cannot be
     * told apart by its key. Code asks Browse Projects before Edit Issues, so on a read-only issue the
     * first check passes and every later one fails.
     */
    /**
     * A page of what the search {@code call} asks for finds: for the user, the issues they may browse;
     * for the whole site, every issue registered for the JQL, those the user may not browse included.
     */
    private SearchResults<Issue> found(InvocationOnMock call, boolean wholeSite) throws SearchException {
        String jql = ((Jql) call.getArgument(1)).text();
        List<Issue> issues = visible.containsKey(jql)
                ? visible.get(jql).stream().filter(issue -> wholeSite || !forbidden.contains(issue)).toList()
                : derived(jql, wholeSite);
        List<?> pager = pagers.get(call.<PagerFilter<?>>getArgument(2));
        Page page = new Page(jql, (int) pager.get(0), (int) pager.get(1));
        pagesAsked.add(page);
        if (page.start() + page.max() > JiraSearch.SEARCH_WINDOW) {
            throw new SearchException("Search limit exceeded: the search requests " + (page.start() + page.max())
                    + " results, past the search platform limit of " + JiraSearch.SEARCH_WINDOW + ".");
        }
        SearchResults<Issue> results = stub(SearchResults.class);
        lenient().when(results.getResults())
                .thenReturn(issues.subList(Math.min(page.start(), issues.size()), Math.min(page.start() + page.max(), issues.size())));
        lenient().when(results.getTotal()).thenReturn(issues.size());
        return results;
    }

    private boolean mayPass(Issue issue) {
        int earlier = permissionChecks.merge(issue, 1, Integer::sum) - 1;
        return !forbidden.contains(issue) && !(readOnly.contains(issue) && earlier > 0);
    }

    private static SearchService.ParseResult parsed(String jql) {
        SearchService.ParseResult result = stub(SearchService.ParseResult.class);
        lenient().when(result.isValid()).thenReturn(true);
        lenient().when(result.getQuery()).thenReturn(new Jql(jql));
        return result;
    }

    /**
     * A mock that answers what it is told and records no call: the issues and what hangs off them are
     * data, never verified, and a benchmark reads them millions of times.
     */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<?> type) {
        return (T) mock(type, withSettings().stubOnly());
    }

    /** An issue in progress, assigned to Ana Silva, created before the cycle and due at its end; a Story without labels. */
    public static MutableIssue issue(long id, String key, String summary) {
        MutableIssue issue = mock(MutableIssue.class, withSettings().name(key).stubOnly());
        typed(issue, "Story");
        Project project = stub(Project.class);
        lenient().when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        ApplicationUser assignee = person("Ana Silva");
        StatusCategory category = stub(StatusCategory.class);
        lenient().when(category.getKey()).thenReturn("indeterminate");
        Status status = stub(Status.class);
        lenient().when(status.getStatusCategory()).thenReturn(category);
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getSummary()).thenReturn(summary);
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(issue.getAssignee()).thenReturn(assignee);
        lenient().when(issue.getStatus()).thenReturn(status);
        lenient().when(issue.getCreated()).thenReturn(Timestamp.valueOf(CREATED.atStartOfDay()));
        lenient().when(issue.getDueDate()).thenReturn(Timestamp.valueOf(DUE.atStartOfDay()));
        return issue;
    }

    /** A user called {@code displayName}, whose user name is it in lower case with dots for spaces ("ana.silva"). */
    public static ApplicationUser person(String displayName) {
        ApplicationUser person = stub(ApplicationUser.class);
        lenient().when(person.getDisplayName()).thenReturn(displayName);
        lenient().when(person.getUsername()).thenReturn(displayName.toLowerCase(Locale.ROOT).replace(' ', '.'));
        return person;
    }

    /** {@code issue} is done: its status is in the done category, resolved on {@code resolved}. */
    public static <T extends Issue> T done(T issue, LocalDate resolved) {
        StatusCategory category = stub(StatusCategory.class);
        lenient().when(category.getKey()).thenReturn("done");
        Status status = stub(Status.class);
        lenient().when(status.getStatusCategory()).thenReturn(category);
        lenient().when(issue.getStatus()).thenReturn(status);
        lenient().when(issue.getResolutionDate()).thenReturn(Timestamp.valueOf(resolved.atStartOfDay()));
        return issue;
    }

    /** {@code issue} is of type {@code typeName} and carries {@code labels}. */
    public static <T extends Issue> T typed(T issue, String typeName, String... labels) {
        IssueType type = stub(IssueType.class);
        lenient().when(type.getName()).thenReturn(typeName);
        Set<Label> carried = new HashSet<>();
        for (String label : labels) {
            Label value = stub(Label.class);
            lenient().when(value.getLabel()).thenReturn(label);
            carried.add(value);
        }
        lenient().when(issue.getIssueType()).thenReturn(type);
        lenient().when(issue.getLabels()).thenReturn(carried);
        return issue;
    }

    /**
     * The objective {@code epic}'s key results, as its Epic Link search, and one by key, find them for
     * the user, and as their Epic Link fields name it.
     */
    public FakeJira keyResults(Issue epic, List<? extends Issue> keyResults) {
        return objective(epic).inEpic(epic, keyResults);
    }

    /** {@code issues} are in {@code epic}: its Epic Link search, and one by key, find them, and their Epic Link fields name it. */
    public FakeJira inEpic(Issue epic, List<? extends Issue> keyResults) {
        visible.put(keyResultsJql(epic), List.copyOf(keyResults));
        for (Issue keyResult : keyResults) {
            epics.put(keyResult, epic.getKey());
            lenient().when(keyResult.getCustomFieldValue(epicLinkField)).thenReturn(epic);
            visible.put("key = \"" + keyResult.getKey() + "\" AND " + keyResultsClause(epic), List.of(keyResult));
            link(epic, LinkRecord.EPIC_STORY, keyResult);
        }
        return this;
    }

    /** {@code jql} finds {@code issues} that the user may browse. */
    public FakeJira finds(String jql, List<? extends Issue> issues) {
        visible.put(jql, List.copyOf(issues));
        return this;
    }

    /**
     * The bulk read of the portfolio finds {@code objectives}, the key results in their epics
     * ({@code keyResults}, in one search, as up to 200 objectives are) and {@code kpis}: all of them when
     * it reads the whole site, those not {@link #forbidden} when it reads as the user (their key results'
     * search then names only the objectives they may browse, and finds the key results in those epics).
     */
    public FakeJira portfolio(List<? extends Issue> objectives, List<? extends Issue> keyResults, List<? extends Issue> kpis) {
        visible.put("(" + Mapping.DEFAULTS.objectiveJql() + ") ORDER BY key", List.copyOf(objectives));
        visible.put("(" + Mapping.DEFAULTS.kpiJql() + ") ORDER BY key", List.copyOf(kpis));
        if (!objectives.isEmpty()) {
            visible.put("(\"Epic Link\" in (" + String.join(", ", objectives.stream().map(epic -> "\"" + epic.getKey() + "\"").toList())
                    + ") AND issuetype not in subTaskIssueTypes()) ORDER BY key", List.copyOf(keyResults));
        }
        return this;
    }

    /** {@code jql} counts {@code count} issues, those the user may not browse included. */
    public FakeJira countsAll(String jql, long count) {
        all.put(jql, count);
        return this;
    }

    /**
     * This Jira's JQL lacks {@code clause} (a field another Jira line has): a query naming it parses,
     * as in Jira, but its validation reports an error.
     */
    public FakeJira refuses(String clause) {
        refusedClauses.add(clause);
        return this;
    }

    /** Besides those the user sees, the epic holds {@code hidden} more key results. */
    public FakeJira hiddenKeyResults(Issue epic, int hidden) {
        all.put(keyResultsJql(epic), (long) visible.getOrDefault(keyResultsJql(epic), List.of()).size() + hidden);
        return this;
    }

    /** {@code kpis} are KPIs by the default mapping (its issue type); link them to the objective to make them its. */
    public FakeJira kpis(Issue objective, Issue... kpis) {
        for (Issue kpi : kpis) {
            typed(kpi, Mapping.DEFAULTS.kpiIssueType());
        }
        return this;
    }

    /**
     * {@code count} KPIs whose reading was last updated on New Year's Day 2025, numbered from
     * {@code firstId} in the objective's project, each linked to support {@code objective}: a view of it
     * has a finding for each, well past what it lists.
     */
    public FakeJira staleKpis(Issue objective, long firstId, int count) {
        String project = objective.getProjectObject().getKey();
        for (long id = firstId; id < firstId + count; id++) {
            Issue kpi = issue(id, project + "-" + id, "Weekly active teams, measure " + id);
            kpis(objective, kpi).link(kpi, "supports", objective);
            properties.put(id, "okr.kpi", "{\"current\":3,\"threshold\":2,\"updated\":\"2025-01-01\"}");
        }
        return this;
    }

    /** The default mapping makes {@code issue} an objective (an Epic labelled okr), which its project's search finds. */
    public FakeJira objective(Issue issue) {
        typed(issue, Mapping.DEFAULTS.objectiveIssueType(), Mapping.DEFAULTS.objectiveLabel());
        List<Issue> inProject = objectivesByProject.computeIfAbsent(issue.getProjectObject().getKey(), project -> new ArrayList<>());
        if (!inProject.contains(issue)) {
            inProject.add(issue);
        }
        return this;
    }

    /**
     * What a search Jira would work out from the issues and links it holds finds: a project's objectives,
     * the sub-tasks of some issues ({@code parent in (…)}), issues by id
     * ({@code id in (…)}), objectives by key ({@code key in (…)}), the open issues some users hold in epics
     * but one ({@code assignee in (…)}); those the user may browse, or all of them when {@code all}; else nothing.
     */
    private List<Issue> derived(String jql, boolean all) {
        String restriction = jql.replaceFirst("^\\((.*)\\) ORDER BY key$", "$1").replaceFirst(" ORDER BY key$", "");
        List<Issue> found;
        if (restriction.startsWith("parent in (")) {
            Set<String> parents = new HashSet<>(quotedIn(restriction));
            found = outward.values().stream().flatMap(List::stream)
                    .filter(link -> LinkRecord.SUB_TASK.equals(link.getIssueLinkType().getName())
                            && parents.contains(link.getSourceObject().getKey()))
                    .map(IssueLink::getDestinationObject).sorted(Comparator.comparing(Issue::getKey)).toList();
        } else if (restriction.startsWith("assignee in (")) {
            Set<String> owners = new HashSet<>(quotedIn(restriction.substring(0, restriction.indexOf(')'))));
            String notIn = quotedIn(restriction.substring(restriction.indexOf(" != "))).get(0);
            found = epics.keySet().stream().filter(issue -> !epics.get(issue).equals(notIn) && issue.getAssignee() != null
                    && owners.contains(issue.getAssignee().getUsername()) && !"done".equals(issue.getStatus().getStatusCategory().getKey()))
                    .sorted(Comparator.comparing(Issue::getKey)).toList();
        } else if (restriction.startsWith("\"Epic Link\" in (")) {
            Set<String> epicKeys = new HashSet<>(quotedIn(restriction.substring(0, restriction.indexOf(')'))));
            found = epics.keySet().stream().filter(issue -> epicKeys.contains(epics.get(issue)))
                    .sorted(Comparator.comparing(Issue::getKey)).toList();
        } else if (restriction.startsWith("key in (")) {
            Set<String> keys = new HashSet<>(quotedIn(restriction));
            found = objectivesByProject.values().stream().flatMap(List::stream).filter(issue -> keys.contains(issue.getKey()))
                    .sorted(Comparator.comparing(Issue::getKey)).toList();
        } else if (restriction.startsWith("id in (")) {
            found = List.of(restriction.substring("id in (".length(), restriction.length() - 1).split(", ")).stream()
                    .map(Long::valueOf).map(byId::get).filter(issue -> issue != null).sorted(Comparator.comparing(Issue::getKey)).toList();
        } else {
            return projectObjectives(jql);
        }
        return all ? found : found.stream().filter(issue -> !forbidden.contains(issue)).toList();
    }

    private static List<String> quotedIn(String jql) {
        List<String> keys = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(jql);
        while (quoted.find()) {
            keys.add(quoted.group(1));
        }
        return keys;
    }

    /** The project's objectives the user may browse, for the search a view makes for them; else nothing. */
    private List<Issue> projectObjectives(String jql) {
        String prefix = "project = \"";
        String suffix = "\" AND (" + Mapping.DEFAULTS.objectiveJql() + ") ORDER BY key";
        if (!jql.startsWith(prefix) || !jql.endsWith(suffix)) {
            return List.of();
        }
        String project = jql.substring(prefix.length(), jql.length() - suffix.length());
        return objectivesByProject.getOrDefault(project, List.of()).stream()
                .filter(issue -> !forbidden.contains(issue)).sorted(Comparator.comparing(Issue::getKey)).toList();
    }

    /**
     * A link of the type named {@code type} from {@code source} to {@code destination}: among each
     * issue's links and among all links of its type; Jira lists every type but its system ones (the
     * epic's and the sub-task's). A sub-task link makes {@code destination} a sub-task of {@code source}.
     */
    public FakeJira link(Issue source, String type, Issue destination) {
        IssueLinkType linkType = linkTypes.get(type);
        if (linkType == null) {
            long typeId = 10_000L + linkTypes.size();
            linkType = stub(IssueLinkType.class);
            lenient().when(linkType.getName()).thenReturn(type);
            lenient().when(linkType.getId()).thenReturn(typeId);
            lenient().when(linkType.getOutward()).thenReturn(type);
            lenient().when(linkType.getInward()).thenReturn("is " + type + " of");
            linkTypes.put(type, linkType);
        }
        Long sourceId = source.getId();
        Long destinationId = destination.getId();
        IssueLink link = stub(IssueLink.class);
        lenient().when(link.getIssueLinkType()).thenReturn(linkType);
        lenient().when(link.getSourceObject()).thenReturn(source);
        lenient().when(link.getDestinationObject()).thenReturn(destination);
        lenient().when(link.getSourceId()).thenReturn(sourceId);
        lenient().when(link.getDestinationId()).thenReturn(destinationId);
        if (LinkRecord.SUB_TASK.equals(type)) {
            lenient().when(destination.getParentId()).thenReturn(sourceId);
        }
        byId.put(sourceId, source);
        byId.put(destinationId, destination);
        outward.computeIfAbsent(sourceId, id -> new ArrayList<>()).add(link);
        inward.computeIfAbsent(destinationId, id -> new ArrayList<>()).add(link);
        linksByType.computeIfAbsent(10_000L + List.copyOf(linkTypes.keySet()).indexOf(type), id -> new ArrayList<>()).add(link);
        return this;
    }

    /** This Jira's search service lacks {@code searchOverrideSecurity} at run time, as a Jira line without it would. */
    public FakeJira cannotSearchTheWholeSite() throws SearchException {
        doThrow(new NoSuchMethodError("SearchService.searchOverrideSecurity")).when(searchService).searchOverrideSecurity(any(), any(), any());
        return this;
    }

    public FakeJira forbidden(Issue issue) {
        forbidden.add(issue);
        return this;
    }

    /** The user may browse {@code issue} but not edit it. */
    public FakeJira readOnly(Issue issue) {
        readOnly.add(issue);
        return this;
    }

    /** {@code issues} exist: the issue manager finds them by key. */
    public FakeJira exist(MutableIssue... issues) {
        for (MutableIssue issue : issues) {
            byKey.put(issue.getKey(), issue);
        }
        return this;
    }

    public OkrReader reader() {
        return Readers.reader(searchService, issueLinkManager, permissionManager, properties, customFieldManager);
    }

    public PortfolioReader portfolioReader() {
        return Readers.portfolioReader(searchService, issueLinkManager, issueLinkTypeManager, permissionManager, properties,
                customFieldManager);
    }

    /** The one assessment pipeline over these services, with default settings in memory and no judgement reused yet. */
    public OkrAssessments assessments() {
        return assessments(new OkrSettingsStore(new InMemoryPluginSettings(), new InMemoryClusterLocks()));
    }

    /** {@link #assessments()} with the settings {@code store} holds. */
    public OkrAssessments assessments(OkrSettingsStore store) {
        return new OkrAssessments(reader(), portfolioReader(), store, new AdvisorInForce(store),
                new PortfolioCache(new InMemoryPluginSettings()));
    }

    /**
     * The assessments of a node already judging as many portfolios as it may: the default settings, and
     * every judgement of a portfolio refused ({@link PortfolioBusyException}).
     */
    public static OkrAssessments busyNode() {
        OkrAssessments busy = mock(OkrAssessments.class);
        when(busy.settings()).thenReturn(OkrSettings.DEFAULTS);
        when(busy.portfolio(any(), any(), any())).thenThrow(new PortfolioBusyException());
        return busy;
    }

    /** Forgets the service calls, pages and property queries asked so far (a benchmark does, between iterations). */
    public void forgetCalls() {
        clearInvocations(searchService, issueLinkManager, issueLinkTypeManager, permissionManager);
        properties.forgetQueries();
        pagesAsked.clear();
    }

    /** The pages every search asked for since the last {@link #forgetCalls()}, in order. */
    public List<Page> pagesAsked() {
        return List.copyOf(pagesAsked);
    }

    /** Calls to Jira's search, link and permission services since the last {@link #forgetCalls()}. */
    int serviceCalls() {
        return mockingDetails(searchService).getInvocations().size()
                + mockingDetails(issueLinkManager).getInvocations().size()
                + mockingDetails(issueLinkTypeManager).getInvocations().size()
                + mockingDetails(permissionManager).getInvocations().size();
    }

    public static String keyResultsJql(Issue epic) {
        return keyResultsClause(epic) + " ORDER BY key";
    }

    private static String keyResultsClause(Issue epic) {
        return "\"Epic Link\" = \"" + epic.getKey() + "\" AND issuetype not in subTaskIssueTypes()";
    }

    @Override
    public void close() {
        pagerFilter.close();
    }
}
