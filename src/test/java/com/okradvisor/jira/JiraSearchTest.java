package com.okradvisor.jira;

import static com.okradvisor.jira.FakeJira.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.issue.Issue;
import com.okradvisor.jira.FakeJira.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Searches read in pages, up to the caller's limit, and never ask past Jira's search window. */
class JiraSearchTest {

    private static final String JQL = "project = GRO";
    private static final Issue SIGN_UPS = issue(11, "GRO-11", "Raise weekly sign-ups");

    private final FakeJira jira;
    private final JiraSearch search;

    JiraSearchTest() throws Exception {
        jira = new FakeJira();
        search = new JiraSearch(jira.searchService);
    }

    @AfterEach
    void closeJira() {
        jira.close();
    }

    @Test
    void readsASmallResultWithOneRequest() {
        JiraSearch.Found found = searchAmong(3, JiraSearch.PAGE_SIZE);

        assertThat(found).isEqualTo(new JiraSearch.Found(found(3), 3));
        assertThat(jira.pagesAsked()).containsExactly(new Page(JQL, 0, JiraSearch.PAGE_SIZE));
    }

    @Test
    void readsPageByPageUpToTheLimitAndCountsWhatItLeftOut() {
        JiraSearch.Found found = searchAmong(2_250, 1_500);

        assertThat(found).isEqualTo(new JiraSearch.Found(found(1_500), 2_250));
        assertThat(found.notRead()).isEqualTo(750);
        assertThat(jira.pagesAsked()).containsExactly(new Page(JQL, 0, 1_000), new Page(JQL, 1_000, 500));
    }

    @Test
    void readsTheWholeSearchWindowOfALargeSiteWithoutAskingPastIt() {
        JiraSearch.Found found = searchAmong(12_000, JiraSearch.SEARCH_WINDOW);

        assertThat(found.issues()).hasSize(JiraSearch.SEARCH_WINDOW);
        assertThat(found.notRead()).isEqualTo(2_000);
        assertThat(jira.pagesAsked()).hasSize(JiraSearch.SEARCH_WINDOW / JiraSearch.PAGE_SIZE)
                .allSatisfy(page -> assertThat(page.start() + page.max()).isLessThanOrEqualTo(JiraSearch.SEARCH_WINDOW));
    }

    @Test
    void refusesToAskForMoreThanTheSearchWindow() {
        assertThatThrownBy(() -> search.issues(jira.user, JQL, JiraSearch.SEARCH_WINDOW + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jira.pagesAsked()).isEmpty();
    }

    @Test
    void asksForOneIssueToTellWhetherAKeySelectsIt() {
        jira.finds(JQL, found(1));

        assertThat(search.matchesAny(jira.user, JQL)).isTrue();
        assertThat(jira.pagesAsked()).containsExactly(new Page(JQL, 0, 1));
    }

    @Test
    void readsPastTheSearchWindowAfterTheLastKeyReadLeavingOutTheProjectsAlreadySeen() {
        Issue last = issue(10_000, "GRO-10000", "The last in the window");
        Issue beyond = issue(10_001, "MOB-1", "Beyond the window");
        List<Issue> window = new ArrayList<>(found(JiraSearch.SEARCH_WINDOW - 1));
        window.add(last);
        List<Issue> all = new ArrayList<>(window);
        all.add(beyond);
        String after = "(" + JQL + ") AND ((project = \"GRO\" AND key > \"GRO-10000\") OR project not in (\"GRO\"))";
        jira.finds("(" + JQL + ") ORDER BY key", all).finds(after + " ORDER BY key", List.of(beyond));

        JiraSearch.Found found = search.all(jira.user, JQL, 20_000);

        assertThat(found.issues()).hasSize(JiraSearch.SEARCH_WINDOW + 1).last().isEqualTo(beyond);
        assertThat(found.total()).isEqualTo(JiraSearch.SEARCH_WINDOW + 1);
        assertThat(jira.pagesAsked()).allSatisfy(page -> assertThat(page.start() + page.max())
                .isLessThanOrEqualTo(JiraSearch.SEARCH_WINDOW)).last().isEqualTo(new Page(after + " ORDER BY key", 0, JiraSearch.PAGE_SIZE));
    }

    /** What a search with {@code limit} reads when Jira finds {@code count} issues. */
    private JiraSearch.Found searchAmong(int count, int limit) {
        jira.finds(JQL, found(count));
        return search.issues(jira.user, JQL, limit);
    }

    /** {@code count} results: one issue over and over, as the search neither looks at them nor tells them apart. */
    private static List<Issue> found(int count) {
        return Collections.nCopies(count, SIGN_UPS);
    }
}
