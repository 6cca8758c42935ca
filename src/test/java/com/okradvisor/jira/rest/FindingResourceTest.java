package com.okradvisor.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.MutableIssue;
import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.jira.FakeJira;
import com.okradvisor.jira.PortfolioBusyException;
import com.okradvisor.model.Mapping;
import com.okradvisor.settings.OkrSettings;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /findings}: the findings on what the caller may browse, filtered and paged, over HTTP; one test per outcome. */
class FindingResourceTest {

    private RestFixture fixture;
    private EmbeddedRest rest;
    private final MutableIssue secret = FakeJira.issue(50, "SEC-1", "Secret merger with Initech");
    private final MutableIssue secretKeyResult = FakeJira.issue(51, "SEC-2", "Secret <b>due diligence</b>");

    @BeforeEach
    void serve() throws Exception {
        fixture = new RestFixture();
        fixture.jira.objective(secret).keyResults(secret, List.of(secretKeyResult)).forbidden(secret).forbidden(secretKeyResult)
                .link(fixture.objective, "is child of", secret)
                .portfolio(List.of(fixture.objective, secret), List.of(fixture.keyResult, secretKeyResult), List.of());
        rest = EmbeddedRest.serving(fixture.findingResource());
    }

    @AfterEach
    void stop() {
        rest.close();
        fixture.close();
    }

    @Test
    void asksTheCallerToComeBackWhenThisNodeIsJudgingAsManyPortfoliosAsItMay() throws Exception {
        rest.close();
        fixture.givenBusyNode();
        rest = EmbeddedRest.serving(fixture.findingResource());

        EmbeddedRest.Reply reply = rest.get("/findings");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.retryAfter()).contains(Integer.toString(PortfolioBusyException.RETRY_AFTER_SECONDS));
        assertThat(reply.json().get("message").asText()).isEqualTo(PortfolioBusyException.MESSAGE);
    }

    @Test
    void answersEveryFindingOnWhatTheCallerMayBrowseWithCountsPerSeverity() throws Exception {
        EmbeddedRest.Reply reply = rest.get("/findings");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode findings = reply.json().get("findings");
        assertThat(findings).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.get("issue").asText()).startsWith("MOB-");
            assertThat(finding.get("project").asText()).isEqualTo("MOB");
            assertThat(finding.get("objective").asText()).isEqualTo("MOB-1");
            assertThat(finding.get("cycle").asText()).isEqualTo("2026-Q2");
        });
        assertThat(reply.json().toString()).doesNotContain("SEC-", "Secret");
        int counted = 0;
        for (JsonNode count : reply.json().get("counts")) {
            counted += count.asInt();
        }
        assertThat(counted).isEqualTo(findings.size()).isEqualTo(reply.json().get("total").asInt());
        assertThat(reply.json().get("counts").fieldNames()).toIterable().containsExactly("CRITICAL", "MAJOR", "MINOR", "INFO");
        assertThat(reply.json().get("page").asInt()).isEqualTo(1);
        assertThat(reply.json().get("pages").asInt()).isEqualTo(1);
        assertThat(reply.json().get("objectivesNotRead").asInt()).isZero();
    }

    @Test
    void answersOnePageOfAFilteredListInAStableOrder() throws Exception {
        JsonNode all = rest.get("/findings?group=rule").json().get("findings");

        EmbeddedRest.Reply second = rest.get("/findings?group=rule&pageSize=1&page=2");
        EmbeddedRest.Reply none = rest.get("/findings?project=GRO");

        assertThat(all.size()).isGreaterThan(1);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("findings")).singleElement().isEqualTo(all.get(1));
        assertThat(second.json().get("total").asInt()).isEqualTo(all.size());
        assertThat(second.json().get("pages").asInt()).isEqualTo(all.size());
        assertThat(none.json().get("findings")).isEmpty();
        assertThat(none.json().get("total").asInt()).isZero();
    }

    @Test
    void refusesAnAnonymousCallerAsTheCoachViewDoes() throws Exception {
        fixture.givenAnonymousCaller();

        EmbeddedRest.Reply reply = rest.get("/findings");

        assertThat(reply.status()).isEqualTo(401);
        verify(fixture.jira.searchService, never()).search(any(), any(), any());
    }

    @Test
    void refusesACallerOutsideTheCoachGroupAndReadsNothing() throws Exception {
        fixture.settings().save(new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS, "okr-coaches"));

        EmbeddedRest.Reply reply = rest.get("/findings");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("message").asText()).contains("coach group");
        verify(fixture.jira.searchService, never()).search(any(), any(), any());
    }

    @Test
    void answersAMemberOfTheCoachGroup() throws Exception {
        fixture.settings().save(new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS, "okr-coaches"));
        when(fixture.groups.isUserInGroup(fixture.jira.user, "okr-coaches")).thenReturn(true);

        EmbeddedRest.Reply reply = rest.get("/findings");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("findings")).isNotEmpty();
    }

    @Test
    void refusesAParameterThatIsNoFilterNamingIt() throws Exception {
        EmbeddedRest.Reply reply = rest.get("/findings?colour=red");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("colour");
    }

    @Test
    void refusesAValueAFilterCannotTakeNamingTheParameter() throws Exception {
        EmbeddedRest.Reply severity = rest.get("/findings?severity=%3Cscript%3E");
        EmbeddedRest.Reply page = rest.get("/findings?page=0");

        assertThat(severity.status()).isEqualTo(400);
        assertThat(severity.json().get("field").asText()).isEqualTo("severity");
        assertThat(severity.json().get("message").asText()).contains("CRITICAL, MAJOR, MINOR or INFO");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.json().get("field").asText()).isEqualTo("page");
    }

    @Test
    void answersAServerErrorAsJsonWhenJiraRefusesTheMappingsJql() throws Exception {
        SearchService.ParseResult refused = mock(SearchService.ParseResult.class);
        when(fixture.jira.searchService.parseQuery(any(), startsWith("(issuetype"))).thenReturn(refused);

        EmbeddedRest.Reply reply = rest.get("/findings");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().get("message").asText()).startsWith("Jira refused what the OKR Advisor asked for");
    }
}
