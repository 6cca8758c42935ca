package com.okradvisor.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;

import com.okradvisor.jira.AdvisorInForce;
import com.okradvisor.jira.FakeJira;
import com.okradvisor.jira.InMemoryClusterLocks;
import com.okradvisor.jira.InMemoryPluginSettings;
import com.okradvisor.jira.OkrAssessments;
import com.okradvisor.jira.OkrReader;
import com.okradvisor.jira.OkrSettingsStore;
import com.okradvisor.jira.PortfolioCache;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.testing.CustomRules;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /objectives}: an objective's standing over HTTP, one test per outcome. */
class ObjectiveResourceTest {

    private RestFixture fixture;
    private EmbeddedRest rest;

    @BeforeEach
    void serve() throws Exception {
        fixture = new RestFixture();
        rest = EmbeddedRest.serving(fixture.objectiveResource());
    }

    @AfterEach
    void stop() {
        rest.close();
        fixture.close();
    }

    @Test
    void answersTheStandingWithKeyResultsFindingsAndTheHiddenKeyResultsCountedNotNamed() throws Exception {
        fixture.jira.hiddenKeyResults(fixture.objective, 2);

        EmbeddedRest.Reply reply = rest.get("/objectives/MOB-1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("key").asText()).isEqualTo("MOB-1");
        assertThat(reply.json().get("title").asText()).isEqualTo("Make the mobile app a joy to use");
        assertThat(reply.json().get("cycle").asText()).isEqualTo("2026-Q2");
        assertThat(reply.json().get("progress").asDouble()).isEqualTo(0.5);
        assertThat(reply.json().get("expected").asDouble()).isBetween(0.3, 0.4);
        assertThat(reply.json().get("health").asText()).isEqualTo("on-track");
        assertThat(reply.json().has("score")).isFalse();
        assertThat(reply.json().get("keyResults").toString()).isEqualTo(
                "[{\"key\":\"MOB-2\",\"title\":\"Raise the app store rating from 3.5 to 4.5\",\"progress\":0.5,\"owner\":\"Ana Silva\",\"work\":{\"count\":0,\"done\":0,\"hidden\":0}}]");
        assertThat(reply.json().get("hiddenKeyResults").asInt()).isEqualTo(2);
        assertThat(reply.json().get("keyResultsNotRead").asInt()).isZero();
        assertThat(reply.json().get("kpis")).isEmpty();
        assertThat(reply.json().get("kpisNotRead").asInt()).isZero();
        assertThat(reply.json().get("findings")).isNotEmpty().allSatisfy(finding -> assertThat(finding.get("rule").asText()).isNotBlank());
        assertThat(reply.json().get("findingsTotal").asInt()).isEqualTo(reply.json().get("findings").size());
    }

    @Test
    void answersTheKindTheObjectivesLabelsGiveBesideItsHealth() throws Exception {
        FakeJira.typed(fixture.objective, "Epic", "okr", "committed");

        EmbeddedRest.Reply reply = rest.get("/objectives/MOB-1");

        assertThat(reply.json().get("health").asText()).isEqualTo("on-track");
        assertThat(reply.json().get("kind").asText()).isEqualTo("committed");
    }

    @Test
    void answersWithTheShippedFindingsWhenACustomRuleThrowsOnTheObjectivesKeyResult() throws Exception {
        InMemoryPluginSettings pluginSettings = new InMemoryPluginSettings();
        OkrSettingsStore store = new OkrSettingsStore(pluginSettings, new InMemoryClusterLocks());
        store.save(OkrSettings.DEFAULTS, stored -> Optional.of(Map.of("throws.drl", CustomRules.throwingOn("MOB-2"))));
        try (EmbeddedRest throwing = EmbeddedRest.serving(new ObjectiveResource(fixture.issues(),
                new OkrAssessments(fixture.jira.reader(), fixture.jira.portfolioReader(), store, new AdvisorInForce(store),
                        new PortfolioCache(pluginSettings)), fixture.clock))) {

            EmbeddedRest.Reply reply = throwing.get("/objectives/MOB-1");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("findings").toString())
                    .isEqualTo(rest.get("/objectives/MOB-1").json().get("findings").toString())
                    .doesNotContain(CustomRules.THROWING_KEY);
            assertThat(store.loadRuleIncidents()).extracting(entry -> entry.incident().ruleKey())
                    .containsExactly(CustomRules.THROWING_KEY);
        }
    }

    @Test
    void answersAtMostTheBoundOfKeyResultsAndCountsTheOthersApartFromTheHiddenOnes() throws Exception {
        fixture.jira.keyResults(fixture.objective, LongStream.range(10, 10 + OkrReader.KEY_RESULTS_READ + 7)
                .mapToObj(n -> FakeJira.issue(n, "MOB-" + n, "Raise the app store rating to 4." + n)).toList())
                .hiddenKeyResults(fixture.objective, 2).staleKpis(fixture.objective, 500, 60);

        EmbeddedRest.Reply reply = rest.get("/objectives/MOB-1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("keyResults")).hasSize(OkrReader.KEY_RESULTS_READ);
        assertThat(reply.json().get("keyResultsNotRead").asInt()).isEqualTo(7);
        assertThat(reply.json().get("hiddenKeyResults").asInt()).isEqualTo(2);
        assertThat(reply.json().get("findings")).hasSize(Representations.FINDINGS_LISTED);
        assertThat(reply.json().get("findingsTotal").asInt()).isGreaterThan(Representations.FINDINGS_LISTED);
    }

    @Test
    void answersAServerErrorAsJsonWhenJiraRefusesTheMappingsJql() throws Exception {
        SearchService.ParseResult refused = mock(SearchService.ParseResult.class);
        when(fixture.jira.searchService.parseQuery(any(), startsWith("project = "))).thenReturn(refused);

        EmbeddedRest.Reply reply = rest.get("/objectives/MOB-1");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().get("message").asText()).startsWith("Jira refused what the OKR Advisor asked for: Jira does not accept this JQL");
    }

    @Test
    void answersNotFoundForAnIssueThatDoesNotExist() throws Exception {
        EmbeddedRest.Reply reply = rest.get("/objectives/MOB-404");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("No issue MOB-404 that you may browse.");
    }

    @Test
    void answersAnObjectiveTheCallerMayNotBrowseAsIfItDidNotExist() throws Exception {
        fixture.jira.forbidden(fixture.objective);

        EmbeddedRest.Reply reply = rest.get("/objectives/MOB-1");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("No issue MOB-1 that you may browse.");
    }

    @Test
    void answersNotFoundForAnIssueThatIsNoObjective() throws Exception {
        fixture.jira.exist(FakeJira.issue(7, "MOB-7", "Fix the login crash"));

        EmbeddedRest.Reply reply = rest.get("/objectives/MOB-7");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("MOB-7 is not an objective.");
    }
}
