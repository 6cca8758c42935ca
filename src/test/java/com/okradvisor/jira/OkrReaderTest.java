package com.okradvisor.jira;

import static com.okradvisor.jira.FakeJira.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.jira.view.LeftOut;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Metric;
import com.okradvisor.model.Work;
import com.okradvisor.view.HiddenAlignment;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OkrReaderTest {

    private static final Mapping SETTINGS = Mapping.DEFAULTS;
    /**
     * Parse and search key results, parse and count them all, read both link lists of the objective,
     * check its one parent, read the parent's outward links, parse and search the project's objectives,
     * parse and search the owners' key results elsewhere and check the one other objective they are in.
     */
    private static final int MAX_SERVICE_CALLS_PER_OBJECTIVE = 13;

    private final FakeJira jira;
    private final Issue objective = issue(1, "GRO-1", "Win the mid-market");

    OkrReaderTest() throws Exception {
        jira = new FakeJira();
    }

    @AfterEach
    void closeJira() {
        jira.close();
    }

    @Test
    void readsEachKeyResultWithItsMetricWeightAndCheckIns() {
        Issue signUps = issue(11, "GRO-11", "Raise weekly sign-ups");
        jira.keyResults(objective, List.of(signUps));
        jira.properties.put(11, "okr.metric", "{\"baseline\":30,\"target\":45,\"unit\":\"%\",\"weight\":2}")
                .put(11, "okr.checkins", "[{\"date\":\"2026-05-01\",\"author\":\"Ana\",\"value\":36,\"confidence\":7}]");

        KeyResult keyResult = jira.reader().readObjective(objective, jira.user, SETTINGS).objective().keyResults().get(0);

        assertThat(keyResult.key()).isEqualTo("GRO-11");
        assertThat(keyResult.issue().owner()).contains("Ana Silva");
        assertThat(keyResult.issue().due()).contains(FakeJira.DUE);
        assertThat(keyResult.metric()).contains(new Metric(OptionalDouble.of(30), OptionalDouble.of(45), OptionalDouble.empty(), "%"));
        assertThat(keyResult.weight()).isEqualTo(2.0);
        assertThat(keyResult.checkIns()).singleElement().satisfies(checkIn -> assertThat(checkIn.value()).hasValue(36));
    }

    @Test
    void countsTheParentsAndChildrenThatAreObjectivesTheUserMayNotBrowse() {
        Issue hiddenParent = issue(50, "SEC-1", "Secret merger");
        Issue hiddenChild = issue(51, "SEC-2", "Secret pilot");
        Issue hiddenStory = issue(52, "SEC-3", "A hidden story, no objective");
        Issue visibleParent = issue(53, "CO-1", "Lead the market");
        jira.objective(objective).objective(hiddenParent).forbidden(hiddenParent).objective(hiddenChild).forbidden(hiddenChild)
                .forbidden(hiddenStory).objective(visibleParent)
                .link(objective, "is child of", hiddenParent).link(objective, "is child of", visibleParent)
                .link(hiddenChild, "is child of", objective).link(objective, "relates to", hiddenStory);

        var counts = jira.reader().hiddenAlignment(List.of("GRO-1", "SEC-1"), jira.user, SETTINGS);

        assertThat(counts).containsOnlyKeys("GRO-1");
        assertThat(counts.get("GRO-1")).isEqualTo(new HiddenAlignment.Count(1, 1));
    }

    @Test
    void countsHiddenAlignmentWithOneSearchPerTwoHundredObjectives() {
        List<String> keys = LongStream.rangeClosed(1, 450).mapToObj(id -> {
            Issue each = issue(id, "GRO-" + id, "Objective " + id);
            jira.objective(each);
            return each.getKey();
        }).toList();

        assertThat(jira.reader().hiddenAlignment(keys, jira.user, SETTINGS)).hasSize(450);
        assertThat(jira.pagesAsked()).hasSize(3).allSatisfy(page -> assertThat(page.jql()).startsWith("key in ("));
    }

    @Test
    void countsKeyResultsTheUserMayNotBrowseWithoutNamingThem() {
        jira.keyResults(objective, List.of(issue(11, "GRO-11", "Raise weekly sign-ups"))).hiddenKeyResults(objective, 2);

        ObjectiveSnapshot snapshot = jira.reader().readObjective(objective, jira.user, SETTINGS);

        assertThat(snapshot.objective().keyResults()).extracting(KeyResult::key).containsExactly("GRO-11");
        assertThat(snapshot.leftOut()).isEqualTo(new LeftOut(2, 0, 0));
    }

    @Test
    void readsAtMostTheBoundOfKeyResultsAndCountsTheRestApartFromTheHiddenOnes() {
        jira.keyResults(objective, keyResults(101, OkrReader.KEY_RESULTS_READ + 20)).hiddenKeyResults(objective, 3);

        ObjectiveSnapshot snapshot = jira.reader().readObjective(objective, jira.user, SETTINGS);

        assertThat(snapshot.objective().keyResults()).hasSize(OkrReader.KEY_RESULTS_READ)
                .first().satisfies(keyResult -> assertThat(keyResult.key()).isEqualTo("GRO-101"));
        assertThat(snapshot.leftOut()).isEqualTo(new LeftOut(3, 20, 0));
        assertThat(jira.pagesAsked()).filteredOn(page -> page.jql().startsWith("\"Epic Link\" = \"GRO-1\""))
                .as("the epic's key results are read up to the bound").isNotEmpty()
                .allSatisfy(page -> assertThat(page.start() + page.max()).isLessThanOrEqualTo(OkrReader.KEY_RESULTS_READ));
    }

    @Test
    void readsAKeyResultBeyondTheBoundAroundItsObjective() {
        List<Issue> keyResults = keyResults(101, OkrReader.KEY_RESULTS_READ + 20);
        Issue last = keyResults.get(keyResults.size() - 1);
        jira.keyResults(objective, keyResults);

        ObjectiveSnapshot snapshot = jira.reader().readObjectiveAround(last, objective, jira.user, SETTINGS);

        assertThat(snapshot.objective().keyResults()).extracting(KeyResult::key).contains(last.getKey());
        assertThat(snapshot.objective().keyResults()).hasSize(OkrReader.KEY_RESULTS_READ + 1);
        assertThat(snapshot.leftOut()).isEqualTo(new LeftOut(0, 19, 0));
    }

    @Test
    void readsNoMoreAroundAKeyResultAlreadyRead() {
        List<Issue> keyResults = keyResults(101, OkrReader.KEY_RESULTS_READ + 20);
        jira.keyResults(objective, keyResults);
        int readingTheObjective = serviceCallsToRead(objective);
        jira.forgetCalls();

        jira.reader().readObjectiveAround(keyResults.get(0), objective, jira.user, SETTINGS);

        assertThat(jira.serviceCalls()).isEqualTo(readingTheObjective);
    }

    @Test
    void readsTheKeyResultsAndKpisOfASmallObjectiveWithOneRequestEach() {
        Issue churn = issue(90, "GRO-90", "Monthly churn");
        jira.keyResults(objective, keyResults(101, 5)).kpis(objective, churn).link(churn, "Relates", objective);

        jira.reader().readObjective(objective, jira.user, SETTINGS);

        assertThat(jira.pagesAsked()).as("key results, the project's objectives, the owner's key results elsewhere")
                .extracting(FakeJira.Page::start).containsExactly(0, 0, 0);
        assertThat(jira.pagesAsked()).first().satisfies(page -> assertThat(page.jql()).isEqualTo(FakeJira.keyResultsJql(objective)));
    }

    @Test
    void skipsAMalformedPropertyAndReportsItInsteadOfFailing() {
        jira.keyResults(objective, List.of(issue(11, "GRO-11", "Raise weekly sign-ups from 30 to 45")));
        jira.properties.put(11, "okr.metric", "{\"target\": 45,");

        ObjectiveSnapshot snapshot = jira.reader().readObjective(objective, jira.user, SETTINGS);

        assertThat(snapshot.objective().keyResults()).singleElement()
                .satisfies(keyResult -> assertThat(keyResult.metric()).isEmpty());
        assertThat(snapshot.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.issueKey()).isEqualTo("GRO-11");
            assertThat(problem.message()).startsWith("property okr.metric: not valid JSON");
        });
    }

    @Test
    void readsTheLinkedKpisWithTheirReadings() {
        Issue churn = issue(90, "GRO-90", "Monthly churn");
        jira.keyResults(objective, List.of()).kpis(objective, churn).link(churn, "Relates", objective);
        jira.properties.put(90, "okr.kpi", "{\"current\":3.1,\"threshold\":2.5,\"direction\":\"lower-is-better\"}");

        ObjectiveSnapshot snapshot = jira.reader().readObjective(objective, jira.user, SETTINGS);

        assertThat(snapshot.kpis()).singleElement().satisfies(kpi -> {
            assertThat(kpi.key()).isEqualTo("GRO-90");
            assertThat(kpi.objectiveKeys()).containsExactly("GRO-1");
            assertThat(kpi.reading()).hasValueSatisfying(reading -> assertThat(reading.isOffTarget()).isTrue());
        });
    }

    @Test
    void alignsToObjectivesItLinksOutwardToButNeverThroughTheEpicsOwnIssuesOrOnesTheUserMayNotSee() {
        Issue company = issue(5, "CO-1", "Grow revenue 20%");
        Issue secret = issue(6, "BOARD-1", "Prepare the sale");
        jira.keyResults(objective, List.of(issue(11, "GRO-11", "Raise weekly sign-ups"))).objective(company).objective(secret)
                .link(objective, "Relates", company).link(objective, "Relates", secret).forbidden(secret)
                .link(objective, "Relates", issue(7, "OPS-3", "Migrate the billing database"));

        ObjectiveSnapshot snapshot = jira.reader().readObjective(objective, jira.user, SETTINGS);

        assertThat(snapshot.objective().parentKeys()).containsExactly("CO-1");
    }

    @Test
    void alignsOnlyThroughTheConfiguredLinkTypesWhenThereAreAny() {
        Issue revenue = issue(5, "CO-1", "Grow revenue 20%");
        Issue markets = issue(7, "CO-2", "Enter two new markets");
        jira.keyResults(objective, List.of()).objective(revenue).objective(markets)
                .link(objective, "Relates", revenue).link(objective, "Supports", markets);
        Mapping supportsOnly = new Mapping("Epic", "okr", "KPI", "kpi", Set.of("Supports"), "Epic Link");

        ObjectiveSnapshot snapshot = jira.reader().readObjective(objective, jira.user, supportsOnly);

        assertThat(snapshot.objective().parentKeys()).containsExactly("CO-2");
    }

    @Test
    void takesOnlyKpisLinkedThroughTheConfiguredLinkTypesWhenThereAreAny() {
        Issue churn = issue(90, "GRO-90", "Monthly churn");
        Issue nps = issue(91, "GRO-91", "Net promoter score");
        jira.keyResults(objective, List.of()).kpis(objective, churn, nps)
                .link(churn, "Supports", objective).link(objective, "Relates", nps);
        Mapping supportsOnly = new Mapping("Epic", "okr", "KPI", "kpi", Set.of("Supports"), "Epic Link");

        ObjectiveSnapshot snapshot = jira.reader().readObjective(objective, jira.user, supportsOnly);

        assertThat(snapshot.kpis()).extracting(Kpi::key).containsExactly("GRO-90");
        assertThat(snapshot.objective().parentKeys()).isEmpty();
    }

    @Test
    void findsTheObjectiveOfAKeyResultThroughItsEpic() {
        Issue keyResult = issue(11, "GRO-11", "Raise weekly sign-ups");
        jira.keyResults(objective, List.of(keyResult)).objective(objective);

        assertThat(jira.reader().objectiveOf(keyResult, jira.user, SETTINGS)).contains(objective);
        assertThat(jira.reader().isObjective(keyResult, jira.user, SETTINGS)).isFalse();
    }

    @Test
    void makesAsManySearchesAndPermissionChecksForTheMostKeyResultsOneViewReadsAsForOneAndTwoLinkReadsForEach() {
        Issue small = issue(2, "GRO-2", "Delight new customers");
        Issue company = issue(5, "CO-1", "Grow revenue 20%");
        jira.keyResults(small, keyResults(201, 1)).objective(company).link(small, "Relates", company);
        jira.keyResults(objective, keyResults(101, OkrReader.KEY_RESULTS_READ)).link(objective, "Relates", company);

        int forOne = serviceCallsToRead(small) - 2;
        int forMost = serviceCallsToRead(objective) - 2 * OkrReader.KEY_RESULTS_READ;

        assertThat(forMost).isEqualTo(forOne).isLessThanOrEqualTo(MAX_SERVICE_CALLS_PER_OBJECTIVE);
    }

    @Test
    void readsAKeyResultsSubTasksAndLinkedIssuesAsItsWorkCountingThoseTheUserMayNotBrowseAsHidden() {
        Issue signUps = issue(11, "GRO-11", "Raise weekly sign-ups from 30 to 45");
        Issue subTask = FakeJira.done(issue(21, "GRO-21", "Write the e-mail"), FakeJira.DUE);
        Issue task = issue(31, "DEV-31", "Build the sign-up form");
        Issue secret = issue(32, "SEC-32", "Fraud check");
        Issue kpi = issue(33, "GRO-33", "Weekly sign-ups");
        jira.keyResults(objective, List.of(signUps)).kpis(objective, kpi)
                .link(signUps, LinkRecord.SUB_TASK, subTask).link(task, "Blocks", signUps)
                .link(signUps, "Relates", secret).link(signUps, "Relates", kpi).link(signUps, "Relates", objective)
                .forbidden(secret);

        ObjectiveSnapshot snapshot = jira.reader().readObjective(objective, jira.user, SETTINGS);

        assertThat(snapshot.objective().keyResults().get(0).work())
                .as("the sub-task (done) and DEV-31; SEC-32 hidden; the KPI and the objective are not work")
                .isEqualTo(new Work(2, 1, 1));
        assertThat(snapshot.portfolio().toString()).doesNotContain("SEC-32");
    }

    @Test
    void readsWorkWithTwoLinkReadsAKeyResultAndOneSearchPerThousandIssuesItReaches() {
        List<Issue> keyResults = keyResults(101, 20);
        jira.keyResults(objective, keyResults);
        int withoutWork = serviceCallsToRead(objective);
        long number = 1000;
        for (Issue keyResult : keyResults) {
            for (int i = 0; i < 10; i++) {
                jira.link(keyResult, LinkRecord.SUB_TASK, issue(number, "GRO-" + number, "Sub-task " + number));
                number++;
            }
        }

        jira.forgetCalls();
        ObjectiveSnapshot snapshot = jira.reader().readObjective(objective, jira.user, SETTINGS);

        assertThat(snapshot.objective().keyResults()).allSatisfy(keyResult -> assertThat(keyResult.work().count()).isEqualTo(10));
        assertThat(jira.pagesAsked()).as("searches: key results, the 200 work items by id, the project's objectives, the owner's key results elsewhere")
                .hasSize(4);
        assertThat(jira.serviceCalls()).as("the same calls, plus one parsed search for the 200 work items, and no load or permission check of each")
                .isEqualTo(withoutWork + 2);
    }

    @Test
    void readsThePropertiesOfEachShownIssueWithOneQuery() {
        jira.keyResults(objective, keyResults(101, OkrReader.KEY_RESULTS_READ));

        jira.reader().readObjective(objective, jira.user, SETTINGS);

        assertThat(jira.properties.queries()).isEqualTo(OkrReader.KEY_RESULTS_READ);
    }

    private int serviceCallsToRead(Issue epic) {
        jira.forgetCalls();
        jira.reader().readObjective(epic, jira.user, SETTINGS);
        return jira.serviceCalls();
    }

    /**
     * A key result's own view of an epic larger than the bound reads one key result more than the bound:
     * of their owners, each with a key result here and one in another objective, one search reads the key
     * results elsewhere of the first twenty, and one permission check admits the objective they are in.
     */
    @Test
    void readsTheKeyResultsElsewhereOfAtMostTwentyOwnersWithOneSearch() {
        int owners = OkrReader.KEY_RESULTS_READ + 5;
        List<Issue> here = keyResults(101, owners);
        List<Issue> elsewhere = keyResults(301, owners);
        for (int n = 0; n < owners; n++) {
            ApplicationUser owner = FakeJira.person("Owner " + (n + 1));
            lenient().when(here.get(n).getAssignee()).thenReturn(owner);
            lenient().when(elsewhere.get(n).getAssignee()).thenReturn(owner);
        }
        Issue other = issue(3, "OPS-3", "Cut support costs");
        jira.keyResults(objective, here).keyResults(other, elsewhere);
        jira.forgetCalls();

        ObjectiveSnapshot snapshot = jira.reader().readObjectiveAround(here.get(owners - 1), objective, jira.user, SETTINGS);

        assertThat(OkrReader.KEY_RESULTS_READ + 1).isGreaterThan(OkrReader.OWNERS_COUNTED);
        assertThat(jira.pagesAsked()).filteredOn(page -> page.jql().startsWith("assignee in")).singleElement()
                .satisfies(page -> assertThat(page.jql()).contains("\"owner.20\"").doesNotContain("\"owner.21\"", "\"owner." + owners + "\""));
        assertThat(snapshot.portfolio().objective("OPS-3").orElseThrow().keyResults()).hasSize(OkrReader.OWNERS_COUNTED);
        assertThat(snapshot.objective().keyResults()).hasSize(OkrReader.KEY_RESULTS_READ + 1);
        verify(jira.permissionManager, times(1)).hasPermission(any(), eq(other), any());
    }

    private static List<Issue> keyResults(long firstNumber, int count) {
        return LongStream.range(firstNumber, firstNumber + count)
                .<Issue>mapToObj(n -> issue(n, "GRO-" + n, "Raise weekly sign-ups from 30 to " + (40 + n)))
                .toList();
    }
}
