package com.okradvisor.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.mockingDetails;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.okradvisor.model.Mapping;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mockito.MockedStatic;

/**
 * Jira's services as Mockito mocks that answer from a few tables: JQL to the issues the user may
 * browse, JQL to the count of all issues, issue links, and the issues the user may not browse.
 * Close it after the test: it mocks {@code PagerFilter}'s static factory.
 */
final class FakeJira implements AutoCloseable {

    static final LocalDate CREATED = LocalDate.of(2026, 3, 25);
    static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    final SearchService searchService = mock(SearchService.class);
    final IssueLinkManager issueLinkManager = mock(IssueLinkManager.class);
    final PermissionManager permissionManager = mock(PermissionManager.class);
    final InMemoryIssueProperties properties = new InMemoryIssueProperties();
    final ApplicationUser user = mock(ApplicationUser.class);

    private final Map<String, List<Issue>> visible = new HashMap<>();
    private final Map<String, Long> all = new HashMap<>();
    private final Map<Long, List<IssueLink>> outward = new HashMap<>();
    private final Map<Long, List<IssueLink>> inward = new HashMap<>();
    private final Set<Issue> forbidden = new HashSet<>();
    private final MockedStatic<PagerFilter> pagerFilter = mockStatic(PagerFilter.class);

    private record Jql(String text) implements Query {
    }

    FakeJira() throws Exception {
        lenient().when(searchService.parseQuery(any(), anyString())).thenAnswer(call -> parsed(call.getArgument(1)));
        lenient().when(searchService.search(any(), any(), any())).thenAnswer(call -> {
            List<Issue> issues = visible.getOrDefault(((Jql) call.getArgument(1)).text(), List.of());
            SearchResults<Issue> results = mock();
            lenient().when(results.getResults()).thenReturn(issues);
            lenient().when(results.getTotal()).thenReturn(issues.size());
            return results;
        });
        lenient().when(searchService.searchCountOverrideSecurity(any(), any())).thenAnswer(call -> {
            String jql = ((Jql) call.getArgument(1)).text();
            return all.getOrDefault(jql, (long) visible.getOrDefault(jql, List.of()).size());
        });
        lenient().when(issueLinkManager.getOutwardLinks(any())).thenAnswer(call -> outward.getOrDefault(call.getArgument(0), List.of()));
        lenient().when(issueLinkManager.getInwardLinks(any())).thenAnswer(call -> inward.getOrDefault(call.getArgument(0), List.of()));
        lenient().when(permissionManager.hasPermission(any(), any(Issue.class), any()))
                .thenAnswer(call -> !forbidden.contains(call.<Issue>getArgument(1)));
    }

    private static SearchService.ParseResult parsed(String jql) {
        SearchService.ParseResult result = mock(SearchService.ParseResult.class);
        lenient().when(result.isValid()).thenReturn(true);
        lenient().when(result.getQuery()).thenReturn(new Jql(jql));
        return result;
    }

    /** An issue in progress, assigned to Ana Silva, created before the cycle and due at its end. */
    static Issue issue(long id, String key, String summary) {
        Issue issue = mock(Issue.class, key);
        Project project = mock(Project.class);
        lenient().when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        ApplicationUser assignee = mock(ApplicationUser.class);
        lenient().when(assignee.getDisplayName()).thenReturn("Ana Silva");
        StatusCategory category = mock(StatusCategory.class);
        lenient().when(category.getKey()).thenReturn("indeterminate");
        Status status = mock(Status.class);
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

    /** The key results of {@code epic}, as its Epic Link search finds them for the user. */
    FakeJira keyResults(Issue epic, List<Issue> keyResults) {
        visible.put(keyResultsJql(epic), keyResults);
        for (Issue keyResult : keyResults) {
            link(epic, OkrReader.EPIC_STORY_LINK, keyResult);
        }
        return this;
    }

    /** Besides those the user sees, the epic holds {@code hidden} more key results. */
    FakeJira hiddenKeyResults(Issue epic, int hidden) {
        all.put(keyResultsJql(epic), (long) visible.getOrDefault(keyResultsJql(epic), List.of()).size() + hidden);
        return this;
    }

    FakeJira kpis(Issue objective, Issue... kpis) {
        visible.put("issue in linkedIssues(\"" + objective.getKey() + "\") AND (" + Mapping.DEFAULTS.kpiJql() + ")",
                List.of(kpis));
        return this;
    }

    /** The default objective JQL selects {@code issue}. */
    FakeJira objective(Issue issue) {
        visible.put("key = \"" + issue.getKey() + "\" AND (" + Mapping.DEFAULTS.objectiveJql() + ")", List.of(issue));
        return this;
    }

    FakeJira link(Issue source, String type, Issue destination) {
        IssueLinkType linkType = mock(IssueLinkType.class);
        lenient().when(linkType.getName()).thenReturn(type);
        IssueLink link = mock(IssueLink.class);
        lenient().when(link.getIssueLinkType()).thenReturn(linkType);
        lenient().when(link.getSourceObject()).thenReturn(source);
        lenient().when(link.getDestinationObject()).thenReturn(destination);
        outward.computeIfAbsent(source.getId(), id -> new ArrayList<>()).add(link);
        inward.computeIfAbsent(destination.getId(), id -> new ArrayList<>()).add(link);
        return this;
    }

    FakeJira forbidden(Issue issue) {
        forbidden.add(issue);
        return this;
    }

    OkrReader reader() {
        return new OkrReader(new JiraSearch(searchService), issueLinkManager, permissionManager,
                new IssueProperties(properties));
    }

    void forgetCalls() {
        clearInvocations(searchService, issueLinkManager, permissionManager);
    }

    /** Calls to Jira's search, link and permission services since the last {@link #forgetCalls()}. */
    int serviceCalls() {
        return mockingDetails(searchService).getInvocations().size()
                + mockingDetails(issueLinkManager).getInvocations().size()
                + mockingDetails(permissionManager).getInvocations().size();
    }

    private static String keyResultsJql(Issue epic) {
        return "\"Epic Link\" = \"" + epic.getKey() + "\" AND issuetype not in subTaskIssueTypes() ORDER BY key";
    }

    @Override
    public void close() {
        pagerFilter.close();
    }
}
