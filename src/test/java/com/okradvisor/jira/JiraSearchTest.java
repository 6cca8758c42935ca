package com.okradvisor.jira;

import static com.okradvisor.jira.FakeJira.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.issue.Issue;
import com.okradvisor.jira.FakeJira.Page;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Searches read in pages, up to the caller's limit, and never ask past Jira's search window. */
class JiraSearchTest {

    private static final String JQL = "project = GRO";

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
        jira.finds(JQL, found(3));

        JiraSearch.Found found = search.issues(jira.user, JQL, 500);

        assertThat(found.issues()).hasSize(3);
        assertThat(found.total()).isEqualTo(3);
        assertThat(jira.pagesAsked()).containsExactly(new Page(JQL, 0, JiraSearch.PAGE_SIZE));
    }

    @Test
    void readsPageByPageUpToTheLimitAndCountsWhatItLeftOut() {
        jira.finds(JQL, found(450));

        JiraSearch.Found found = search.issues(jira.user, JQL, 300);

        assertThat(found.issues()).hasSize(300);
        assertThat(found.total()).isEqualTo(450);
        assertThat(found.notRead()).isEqualTo(150);
        assertThat(jira.pagesAsked()).containsExactly(new Page(JQL, 0, 200), new Page(JQL, 200, 100));
    }

    @Test
    void readsTheWholeSearchWindowOfALargeSiteWithoutAskingPastIt() {
        jira.finds(JQL, found(12_000));

        JiraSearch.Found found = search.issues(jira.user, JQL, JiraSearch.SEARCH_WINDOW);

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

    /** {@code count} results: one issue over and over, as the search neither looks at them nor tells them apart. */
    private static List<Issue> found(int count) {
        return Collections.nCopies(count, issue(11, "GRO-11", "Raise weekly sign-ups"));
    }
}
