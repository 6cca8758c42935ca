package com.okradvisor.jira;

import static com.okradvisor.jira.FakeJira.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.model.Finding;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Work;
import com.okradvisor.settings.OkrSettings;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The portfolio read in bulk: what a user may browse, through a number of Jira calls that grows with pages, not issues. */
class PortfolioReaderTest {

    static final Mapping MAPPING = Mapping.DEFAULTS;
    static final String OBJECTIVES = "(" + MAPPING.objectiveJql() + ") ORDER BY key";
    static final String KPIS = "(" + MAPPING.kpiJql() + ") ORDER BY key";
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 4);

    private final FakeJira jira;

    PortfolioReaderTest() throws Exception {
        jira = new FakeJira();
    }

    @AfterEach
    void closeJira() {
        jira.close();
    }

    @Test
    void readsObjectivesKeyResultsKpisTheirLinksAndProperties() throws Exception {
        MutableIssue parent = issue(1, "GRO-1", "Grow revenue");
        MutableIssue objective = issue(2, "GRO-2", "Win the mid-market");
        MutableIssue signUps = issue(21, "GRO-21", "Raise weekly sign-ups");
        MutableIssue churn = issue(30, "KPI-30", "Monthly churn");
        jira.objective(parent).objective(objective).keyResults(objective, List.of(signUps)).kpis(objective, churn)
                .link(objective, "is child of", parent).link(churn, "supports", objective)
                .finds(OBJECTIVES, List.of(parent, objective)).finds(KPIS, List.of(churn))
                .finds(keyResultsOf(parent, objective), List.of(signUps));
        jira.properties.put(21, "okr.metric", "{\"baseline\":30,\"target\":45,\"unit\":\"%\"}")
                .put(30, "okr.kpi", "{\"current\":4.1,\"threshold\":3,\"unit\":\"%\",\"direction\":\"lower-is-better\"}");

        PortfolioSnapshot snapshot = jira.portfolioReader().read(jira.user, MAPPING);

        assertThat(snapshot.portfolio().objectives()).extracting(Objective::key).containsExactly("GRO-1", "GRO-2");
        Objective read = snapshot.portfolio().objective("GRO-2").orElseThrow();
        assertThat(read.parentKeys()).containsExactly("GRO-1");
        assertThat(read.keyResults()).singleElement().satisfies(keyResult -> assertThat(keyResult.metric()).isPresent());
        assertThat(snapshot.portfolio().kpis()).singleElement().satisfies(kpi -> {
            assertThat(kpi.objectiveKeys()).containsExactly("GRO-2");
            assertThat(kpi.reading()).isPresent();
        });
        assertThat(snapshot.problems()).isEmpty();
        assertThat(snapshot.objectivesNotRead() + snapshot.keyResultsNotRead() + snapshot.kpisNotRead()).isZero();
    }

    /**
     * A user who may browse only project GRO: another project's objective that one of theirs aligns
     * to, and a key result in their objective's epic that sits in a project they may not browse, are
     * never read, so no finding names or quotes them, however the rules that relate issues (loops,
     * duplicates, a KPI's objectives) judge.
     */
    @Test
    void holdsNothingTheUserMayNotBrowseSoNoFindingQuotesIt() throws Exception {
        MutableIssue secretParent = issue(1, "SEC-1", "Secret merger with Initech");
        MutableIssue objective = issue(2, "GRO-2", "Win the mid-market");
        MutableIssue keyResult = issue(21, "GRO-21", "Raise weekly sign-ups");
        MutableIssue secretTwin = issue(22, "SEC-22", "Raise weekly sign-ups");
        MutableIssue churn = issue(30, "KPI-30", "Monthly churn");
        MutableIssue secretKpi = issue(31, "SEC-31", "Secret revenue at risk");
        jira.objective(secretParent).objective(objective).keyResults(objective, List.of(keyResult, secretTwin))
                .kpis(objective, churn, secretKpi)
                .link(objective, "is child of", secretParent).link(secretParent, "is child of", objective)
                .link(churn, "supports", secretParent).link(secretKpi, "supports", objective)
                .forbidden(secretParent).forbidden(secretTwin).forbidden(secretKpi)
                .finds(OBJECTIVES, List.of(secretParent, objective)).finds(KPIS, List.of(churn, secretKpi))
                .finds(keyResultsOf(secretParent, objective), List.of(keyResult, secretTwin))
                .finds(keyResultsOf(objective), List.of(keyResult, secretTwin));
        PortfolioAssessment judged = assessments().portfolio(jira.user, OkrSettings.DEFAULTS, AS_OF);

        assertThat(judged.snapshot().portfolio().objectives()).extracting(Objective::key).containsExactly("GRO-2");
        assertThat(judged.snapshot().portfolio().objective("GRO-2").orElseThrow().parentKeys()).isEmpty();
        assertThat(judged.snapshot().portfolio().kpis()).extracting(Kpi::key).containsExactly("KPI-30");
        assertThat(judged.assessment().findings()).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.issueKey()).doesNotStartWith("SEC");
            assertThat(finding.message()).doesNotContain("SEC-", "Secret");
        });
        assertThat(judged.assessment().findings()).extracting(Finding::issueKey).contains("KPI-30");
    }

    /**
     * A Jira whose search service cannot search without the user's permissions (the method is missing at
     * run time) is asked once; from then on each viewer is read on their own.
     */
    @Test
    void readsEachViewerOnTheirOwnWhereJiraCannotSearchTheWholeSite() throws Exception {
        MutableIssue objective = issue(2, "GRO-2", "Win the mid-market");
        MutableIssue secret = issue(3, "SEC-3", "Secret merger with Initech");
        jira.objective(objective).objective(secret).forbidden(secret).cannotSearchTheWholeSite()
                .finds(OBJECTIVES, List.of(objective, secret)).finds(KPIS, List.of()).finds(keyResultsOf(objective), List.of());
        OkrAssessments assessments = assessments();

        PortfolioAssessment judged = assessments.portfolio(jira.user, OkrSettings.DEFAULTS, AS_OF);
        assessments.checkedIn();
        assessments.portfolio(jira.user, OkrSettings.DEFAULTS, AS_OF);

        assertThat(judged.snapshot().portfolio().objectives()).extracting(Objective::key).containsExactly("GRO-2");
        verify(jira.searchService, times(1)).searchOverrideSecurity(any(), any(), any());
    }

    /**
     * A read of the whole site that reached its bounds cannot tell which issues a viewer would have read
     * in place of those it left out: the viewer is read on their own.
     */
    @Test
    void readsEachViewerOnTheirOwnWhenTheSiteReadReachedItsBounds() throws Exception {
        MutableIssue objective = issue(2, "GRO-2", "Win the mid-market");
        jira.objective(objective).finds(OBJECTIVES, List.of(objective)).finds(KPIS, List.of()).finds(keyResultsOf(objective), List.of());
        PortfolioCache cache = new PortfolioCache(new InMemoryPluginSettings());
        cache.site(MAPPING, () -> new SiteRead(List.of(), Map.of(), List.of(), 1, 0, 0, List.of()));

        PortfolioAssessment judged = assessments(cache).portfolio(jira.user, OkrSettings.DEFAULTS, AS_OF);

        assertThat(judged.snapshot().portfolio().objectives()).extracting(Objective::key).containsExactly("GRO-2");
        assertThat(judged.snapshot().notRead()).isZero();
        verify(jira.searchService, never()).searchOverrideSecurity(any(), any(), any());
    }

    /**
     * A key result's work in the coach view is what its panel counts: its sub-tasks and the issues
     * linked to it, each once, those done counted, those the user may not browse counted as hidden and
     * never named; a linked KPI or objective is no work.
     */
    @Test
    void countsAKeyResultsWorkAsItsPanelDoesHiddenWorkCountedNotNamed() throws Exception {
        MutableIssue objective = issue(2, "GRO-2", "Win the mid-market");
        MutableIssue signUps = issue(21, "GRO-21", "Raise weekly sign-ups");
        MutableIssue churn = issue(30, "KPI-30", "Monthly churn");
        MutableIssue doneSubTask = FakeJira.done(issue(40, "GRO-40", "Design the form"), AS_OF);
        MutableIssue openSubTask = issue(41, "GRO-41", "Ship the form");
        MutableIssue secretSubTask = issue(42, "GRO-42", "Secret pricing test");
        MutableIssue doneTask = FakeJira.done(issue(50, "WEB-50", "New landing page"), AS_OF);
        MutableIssue secretTask = issue(51, "SEC-51", "Secret partner deal");
        jira.objective(objective).keyResults(objective, List.of(signUps)).kpis(objective, churn)
                .link(churn, "supports", objective).link(signUps, "relates to", churn)
                .link(signUps, LinkRecord.SUB_TASK, doneSubTask).link(signUps, LinkRecord.SUB_TASK, openSubTask)
                .link(signUps, LinkRecord.SUB_TASK, secretSubTask)
                .link(signUps, "is implemented by", doneTask).link(secretTask, "blocks", signUps).link(doneTask, "blocks", signUps)
                .forbidden(secretSubTask).forbidden(secretTask)
                .finds(OBJECTIVES, List.of(objective)).finds(KPIS, List.of(churn)).finds(keyResultsOf(objective), List.of(signUps));

        Objective read = jira.portfolioReader().read(jira.user, MAPPING).portfolio().objective("GRO-2").orElseThrow();
        Objective onThePanel = jira.reader().readObjective(objective, jira.user, MAPPING).objective();
        SiteRead site = jira.portfolioReader().readSite(jira.user, MAPPING);
        Objective takenOut = jira.portfolioReader().forViewer(site, jira.user, MAPPING).portfolio().objective("GRO-2").orElseThrow();

        assertThat(read.keyResults().get(0).work()).as("three items seen, two done; a sub-task and a task hidden")
                .isEqualTo(new Work(3, 2, 2)).isEqualTo(onThePanel.keyResults().get(0).work());
        assertThat(takenOut).as("taken out of the site's read").isEqualTo(read);
    }

    /**
     * Sub-tasks the user may not browse are counted on their parents by halving the batch of key results:
     * two hidden under the sixth of eight key results cost three counts of halves, not one per key result.
     */
    @Test
    void findsWhoseHiddenSubTasksTheyAreByHalvingNotOneCountPerKeyResult() throws Exception {
        MutableIssue objective = issue(2, "GRO-2", "Win the mid-market");
        List<MutableIssue> keyResults = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            MutableIssue keyResult = issue(100 + n, "GRO-" + (100 + n), "Key result " + n);
            jira.link(keyResult, LinkRecord.SUB_TASK, issue(200 + n, "GRO-" + (200 + n), "Step " + n));
            keyResults.add(keyResult);
        }
        MutableIssue secretStep = issue(300, "GRO-300", "Secret step");
        MutableIssue otherSecretStep = issue(301, "GRO-301", "Other secret step");
        jira.link(keyResults.get(5), LinkRecord.SUB_TASK, secretStep).link(keyResults.get(5), LinkRecord.SUB_TASK, otherSecretStep)
                .forbidden(secretStep).forbidden(otherSecretStep)
                .objective(objective).keyResults(objective, keyResults)
                .finds(OBJECTIVES, List.of(objective)).finds(KPIS, List.of()).finds(keyResultsOf(objective), keyResults);

        Objective read = jira.portfolioReader().read(jira.user, MAPPING).portfolio().objective("GRO-2").orElseThrow();

        assertThat(read.keyResults()).extracting(KeyResult::work).containsExactly(new Work(1, 0, 0), new Work(1, 0, 0),
                new Work(1, 0, 0), new Work(1, 0, 0), new Work(1, 0, 0), new Work(1, 0, 2), new Work(1, 0, 0), new Work(1, 0, 0));
        verify(jira.searchService, times(1 + 3)).searchCountOverrideSecurity(any(), argThat(query -> query.toString().contains("parent in")));
    }

    /**
     * A link type that links more issues across the site than one read takes (a site's Relates, under
     * the default "any type") is read from the issues in hand, never whole.
     */
    @Test
    void readsALinkTypeTooLargeToReadWholeFromTheIssuesInHand() throws Exception {
        readsRelatesFromTheIssuesInHand(
                jira.countsAll("issueLinkType in (\"relates to\", \"is relates to of\")", PortfolioLinks.TYPE_LINKS_READ + 1L));
    }

    /**
     * A Jira whose JQL has no {@code issueLinkType} cannot count a type's issues (it would count none): a
     * type taken only because the mapping takes any is read from the issues in hand.
     */
    @Test
    void readsATypeTheMappingDoesNotNameFromTheIssuesInHandWhenJirasJqlHasNoIssueLinkType() throws Exception {
        readsRelatesFromTheIssuesInHand(jira.refuses("issueLinkType"));
    }

    /**
     * A type too large to read whole that only aligns (the mapping names its work types) is read from
     * the objectives and KPIs alone: key results align nothing, so none of their links is read.
     */
    @Test
    void readsALargeTypeThatOnlyAlignsFromTheObjectivesAndKpisAlone() throws Exception {
        MutableIssue parent = issue(1, "GRO-1", "Grow revenue");
        MutableIssue objective = issue(2, "GRO-2", "Win the mid-market");
        MutableIssue signUps = issue(21, "GRO-21", "Raise weekly sign-ups");
        jira.objective(parent).objective(objective).keyResults(objective, List.of(signUps))
                .link(objective, "relates to", parent)
                .countsAll("issueLinkType in (\"relates to\", \"is relates to of\")", PortfolioLinks.TYPE_LINKS_READ + 1L)
                .finds(OBJECTIVES, List.of(parent, objective)).finds(keyResultsOf(parent, objective), List.of(signUps));
        Mapping workNamed = new Mapping(MAPPING.objectiveIssueType(), MAPPING.objectiveLabel(), MAPPING.kpiIssueType(),
                MAPPING.kpiLabel(), Set.of(), MAPPING.epicLinkField(), Set.of("implements"), MAPPING.marks());

        PortfolioSnapshot snapshot = jira.portfolioReader().read(jira.user, workNamed);

        assertThat(snapshot.portfolio().objective("GRO-2").orElseThrow().parentKeys()).containsExactly("GRO-1");
        verify(jira.issueLinkManager).getOutwardLinks(objective.getId());
        verify(jira.issueLinkManager, never()).getOutwardLinks(signUps.getId());
        verify(jira.issueLinkManager, never()).getInwardLinks(signUps.getId());
    }

    /** ... and a type the mapping names is read whole, as the administrator chose it, without a count. */
    @Test
    void readsATypeTheMappingNamesWholeWhenJirasJqlHasNoIssueLinkType() throws Exception {
        MutableIssue parent = issue(1, "GRO-1", "Grow revenue");
        MutableIssue objective = issue(2, "GRO-2", "Win the mid-market");
        jira.refuses("issueLinkType").objective(parent).objective(objective).link(objective, "relates to", parent)
                .finds(OBJECTIVES, List.of(parent, objective));
        Mapping named = new Mapping(MAPPING.objectiveIssueType(), MAPPING.objectiveLabel(), MAPPING.kpiIssueType(),
                MAPPING.kpiLabel(), Set.of("relates to"), MAPPING.epicLinkField());

        PortfolioSnapshot snapshot = jira.portfolioReader().read(jira.user, named);

        assertThat(snapshot.portfolio().objective("GRO-2").orElseThrow().parentKeys()).containsExactly("GRO-1");
        assertThat(snapshot.linkTypesReadIssueByIssue()).isEmpty();
        verify(jira.issueLinkManager).getIssueLinks(any());
        verify(jira.searchService, never()).searchCountOverrideSecurity(any(), argThat(query -> query.toString().contains("issueLinkType")));
    }

    private void readsRelatesFromTheIssuesInHand(FakeJira site) throws Exception {
        MutableIssue parent = issue(1, "GRO-1", "Grow revenue");
        MutableIssue objective = issue(2, "GRO-2", "Win the mid-market");
        MutableIssue signUps = issue(21, "GRO-21", "Raise weekly sign-ups");
        MutableIssue task = FakeJira.done(issue(50, "WEB-50", "New landing page"), AS_OF);
        MutableIssue elsewhere = issue(60, "OPS-60", "Unrelated");
        MutableIssue other = issue(61, "OPS-61", "Unrelated too");
        site.objective(parent).objective(objective).keyResults(objective, List.of(signUps))
                .link(objective, "relates to", parent).link(task, "relates to", signUps).link(elsewhere, "relates to", other)
                .finds(OBJECTIVES, List.of(parent, objective)).finds(keyResultsOf(parent, objective), List.of(signUps));

        PortfolioSnapshot snapshot = site.portfolioReader().read(site.user, MAPPING);

        assertThat(snapshot.portfolio().objective("GRO-2").orElseThrow().parentKeys()).containsExactly("GRO-1");
        assertThat(snapshot.portfolio().objective("GRO-2").orElseThrow().keyResults().get(0).work()).isEqualTo(new Work(1, 1, 0));
        assertThat(snapshot.linkTypesReadIssueByIssue()).as("what the coach view says made it slow").containsExactly("relates to");
        verify(site.issueLinkManager, never()).getIssueLinks(any());
    }

    /**
     * An owner with 3 key results in this objective and 3 in another holds 6 in the cycle, more than 4:
     * the objective's panel, which reads only its own key results to show, warns as the coach view does,
     * on the newest of the 6, and never names the owner's key result the user may not browse.
     */
    @Test
    void warnsOnThePanelOfAnOverloadedOwnerAsTheCoachViewDoes() throws Exception {
        MutableIssue objective = issue(1, "GRO-1", "Win the mid-market");
        MutableIssue other = issue(2, "OPS-2", "Cut support costs");
        List<MutableIssue> here = List.of(created(issue(11, "GRO-11", "Raise sign-ups"), 5), created(issue(12, "GRO-12", "Raise trials"), 6),
                created(issue(13, "GRO-13", "Raise upgrades"), 9));
        List<MutableIssue> elsewhere = List.of(created(issue(21, "OPS-21", "Cut tickets"), 1), created(issue(22, "OPS-22", "Cut refunds"), 2),
                created(issue(23, "OPS-23", "Cut escalations"), 3));
        MutableIssue secret = created(issue(24, "SEC-24", "Secret layoffs"), 8);
        List<MutableIssue> allElsewhere = new ArrayList<>(elsewhere);
        allElsewhere.add(secret);
        jira.keyResults(objective, here).keyResults(other, allElsewhere).forbidden(secret)
                .finds(OBJECTIVES, List.of(objective, other)).finds(keyResultsOf(objective, other), List.of(here.get(0), here.get(1),
                        here.get(2), elsewhere.get(0), elsewhere.get(1), elsewhere.get(2)));
        OkrAssessments assessments = assessments();

        List<Finding> onThePanel = assessments.objective(objective, jira.user, OkrSettings.DEFAULTS, AS_OF).findings();
        List<Finding> inTheCoachView = assessments.portfolio(jira.user, OkrSettings.DEFAULTS, AS_OF).assessment().findings();

        String overloaded = "GRO-13: Ana Silva owns 6 active key results in 2026-Q2, more than 4; the newest is KR GRO-13";
        assertThat(inTheCoachView).filteredOn(finding -> finding.rule().equals("owner-overloaded"))
                .extracting(finding -> finding.issueKey() + ": " + finding.message()).containsExactly(overloaded);
        assertThat(onThePanel).filteredOn(finding -> finding.rule().equals("owner-overloaded"))
                .extracting(finding -> finding.issueKey() + ": " + finding.message()).containsExactly(overloaded);
        assertThat(onThePanel).allSatisfy(finding -> assertThat(finding.message()).doesNotContain("SEC-", "Secret"));
    }

    /** {@code issue}, created {@code days} after the default creation day. */
    private static MutableIssue created(MutableIssue issue, int days) {
        lenient().when(issue.getCreated()).thenReturn(Timestamp.valueOf(FakeJira.CREATED.plusDays(days).atStartOfDay()));
        return issue;
    }

    private OkrAssessments assessments() {
        return assessments(new PortfolioCache(new InMemoryPluginSettings()));
    }

    private OkrAssessments assessments(PortfolioCache cache) {
        return new OkrAssessments(jira.reader(), jira.portfolioReader(),
                new OkrSettingsStore(new InMemoryPluginSettings(), new InMemoryClusterLocks()),
                new AdvisorInForce(new OkrSettingsStore(new InMemoryPluginSettings(), new InMemoryClusterLocks())), cache);
    }

    static String keyResultsOf(Issue... epics) {
        return "(\"Epic Link\" in (" + List.of(epics).stream().map(epic -> "\"" + epic.getKey() + "\"").collect(Collectors.joining(", "))
                + ") AND issuetype not in subTaskIssueTypes()) ORDER BY key";
    }
}
