package com.okradvisor.jira.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.okradvisor.jira.CheckInLog;
import com.okradvisor.jira.CoachAccess;
import com.okradvisor.jira.FakeJira;
import com.okradvisor.jira.InMemoryClusterLocks;
import com.okradvisor.jira.IssueProperties;
import com.okradvisor.jira.OkrAssessments;
import com.okradvisor.jira.OkrSettingsStore;
import com.okradvisor.jira.PortfolioBusyException;
import com.okradvisor.jira.PortfolioCache;
import com.okradvisor.jira.InMemoryPluginSettings;
import com.okradvisor.jira.AdvisorInForce;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the resource tests share: Jira as mocks ({@link FakeJira}) holding objective MOB-1 with key
 * result MOB-2, the mapping's defaults, the shipped rules, and a clock stopped on 4 May 2026.
 */
final class RestFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");
    /** The rules compile once for all tests, as they do once per plugin start. */
    private static final AdvisorInForce RULES = new AdvisorInForce(new OkrSettingsStore(new InMemoryPluginSettings(), new InMemoryClusterLocks()));

    final FakeJira jira = new FakeJira();
    final MutableIssue objective = FakeJira.issue(1, "MOB-1", "Make the mobile app a joy to use");
    final MutableIssue keyResult = FakeJira.issue(2, "MOB-2", "Raise the app store rating from 3.5 to 4.5");
    final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    /** One node's reuse of judgements, shared by the resources of one test. */
    private PortfolioCache cache = new PortfolioCache(new InMemoryPluginSettings());
    /** The settings the resources of one test read. */
    final OkrSettingsStore settings = new OkrSettingsStore(new InMemoryPluginSettings(), new InMemoryClusterLocks());
    /** Jira's groups and global permissions: the caller is in no group and no administrator unless a test says so. */
    final GroupManager groups = mock(GroupManager.class);
    final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);

    RestFixture() throws Exception {
        jira.exist(objective, keyResult).objective(objective).keyResults(objective, List.of(keyResult));
        lenient().when(authentication.getLoggedInUser()).thenReturn(jira.user);
    }

    /** This node is judging as many portfolios as it may, and none finishes in time for the caller. */
    void givenBusyNode() {
        cache = mock(PortfolioCache.class);
        when(cache.get(any(), any(), any(), any(), any())).thenThrow(PortfolioBusyException.class);
    }

    void givenAnonymousCaller() {
        lenient().when(authentication.getLoggedInUser()).thenReturn(null);
    }

    VisibleIssues issues() {
        return new VisibleIssues(jira.issueManager, jira.permissionManager, authentication);
    }

    OkrSettingsStore settings() {
        return settings;
    }

    AdvisorInForce rules() {
        return RULES;
    }

    KeyResultResource keyResultResource() {
        return new KeyResultResource(issues(), assessments(), new CheckInLog(locks, new IssueProperties(jira.properties)), clock);
    }

    ObjectiveResource objectiveResource() {
        return new ObjectiveResource(issues(), assessments(), clock);
    }

    FindingResource findingResource() {
        return new FindingResource(issues(), assessments(), new CoachAccess(groups, globalPermissions), clock);
    }

    ProjectResource projectResource() {
        return new ProjectResource(issues(), assessments(), clock);
    }

    private OkrAssessments assessments() {
        return new OkrAssessments(jira.reader(), jira.portfolioReader(), settings(), RULES, cache);
    }

    @Override
    public void close() {
        jira.close();
    }
}
