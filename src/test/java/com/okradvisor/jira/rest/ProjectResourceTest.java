package com.okradvisor.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.MutableIssue;
import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.jira.FakeJira;
import com.okradvisor.jira.PortfolioBusyException;
import com.okradvisor.model.Mapping;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /projects/{key}/objectives}: a project's objectives for a cycle, over HTTP; one test per outcome. */
class ProjectResourceTest {

    private static final String MOB_OBJECTIVES = "project = \"MOB\" AND (" + Mapping.DEFAULTS.objectiveJql() + ")";

    private RestFixture fixture;
    private EmbeddedRest rest;
    private final MutableIssue parent = FakeJira.issue(40, "GRO-1", "Grow <i>revenue</i>");
    private final MutableIssue child = FakeJira.issue(41, "MOB-9", "Ship the tablet layout");
    private final MutableIssue secret = FakeJira.issue(50, "MOB-50", "Secret acquisition of a rival app");
    private final MutableIssue secretParent = FakeJira.issue(51, "SEC-1", "Secret board goal");

    @BeforeEach
    void serve() throws Exception {
        fixture = new RestFixture();
        fixture.jira.objective(parent).objective(child).objective(secret).forbidden(secret)
                .objective(secretParent).forbidden(secretParent)
                .link(fixture.objective, "is child of", parent).link(fixture.objective, "is child of", secretParent)
                .link(child, "is child of", fixture.objective)
                .link(secret, "is child of", fixture.objective)
                .portfolio(List.of(parent, fixture.objective, child, secret, secretParent), List.of(fixture.keyResult), List.of())
                .countsAll(MOB_OBJECTIVES, 3);
        rest = EmbeddedRest.serving(fixture.projectResource());
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
        rest = EmbeddedRest.serving(fixture.projectResource());

        EmbeddedRest.Reply reply = rest.get("/projects/MOB/objectives");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.retryAfter()).contains(Integer.toString(PortfolioBusyException.RETRY_AFTER_SECONDS));
        assertThat(reply.json().get("message").asText()).isEqualTo(PortfolioBusyException.MESSAGE);
    }

    @Test
    void answersTheObjectivesOfTheCurrentCycleWithTheirAlignmentAndTheHiddenOnesCounted() throws Exception {
        EmbeddedRest.Reply reply = rest.get("/projects/MOB/objectives");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("cycle").asText()).isEqualTo("2026-Q2");
        assertThat(reply.json().get("hiddenObjectives").asLong()).isEqualTo(1);
        JsonNode objectives = reply.json().get("objectives");
        assertThat(objectives).extracting(objective -> objective.get("key").asText()).containsExactly("MOB-1", "MOB-9");
        JsonNode first = objectives.get(0);
        assertThat(first.get("health").asText()).isEqualTo("on-track");
        assertThat(first.get("kind").asText()).isEqualTo("unknown");
        assertThat(first.get("keyResults")).singleElement().satisfies(keyResult -> assertThat(keyResult.get("key").asText()).isEqualTo("MOB-2"));
        assertThat(first.get("parents")).singleElement().satisfies(aligned -> {
            assertThat(aligned.get("key").asText()).isEqualTo("GRO-1");
            assertThat(aligned.get("project").asText()).isEqualTo("GRO");
            assertThat(aligned.get("title").asText()).isEqualTo("Grow <i>revenue</i>");
        });
        assertThat(first.get("hiddenParents").asInt()).isEqualTo(1);
        assertThat(first.get("children")).extracting(aligned -> aligned.get("key").asText()).containsExactly("MOB-9");
        assertThat(first.get("hiddenChildren").asInt()).isEqualTo(1);
        assertThat(objectives.get(1).get("hiddenParents").asInt()).isZero();
        assertThat(first.get("findings").fieldNames()).toIterable().containsExactly("CRITICAL", "MAJOR", "MINOR", "INFO");
        assertThat(reply.json().toString()).doesNotContain("MOB-50", "SEC-1", "Secret");
    }

    @Test
    void answersTheCycleAskedForAndTheCyclesTheProjectHas() throws Exception {
        EmbeddedRest.Reply reply = rest.get("/projects/MOB/objectives?cycle=2026-Q3");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("cycle").asText()).isEqualTo("2026-Q3");
        assertThat(reply.json().get("objectives")).isEmpty();
        assertThat(reply.json().get("cycles")).extracting(JsonNode::asText).containsExactly("2026-Q2", "2026-Q3");
    }

    @Test
    void refusesACycleThatIsNoCyclesLabel() throws Exception {
        EmbeddedRest.Reply reply = rest.get("/projects/MOB/objectives?cycle=%3Cscript%3E");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("cycle");
    }

    @Test
    void answersAProjectWithoutObjectivesTheCallerMayBrowseAsIfItDidNotExist() throws Exception {
        EmbeddedRest.Reply missing = rest.get("/projects/NOPE/objectives");
        EmbeddedRest.Reply hidden = rest.get("/projects/SEC/objectives");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().get("message").asText()).isEqualTo("No project SEC with objectives you may browse.");
    }

    @Test
    void answersAServerErrorAsJsonWhenJiraRefusesTheMappingsJql() throws Exception {
        SearchService.ParseResult refused = mock(SearchService.ParseResult.class);
        when(fixture.jira.searchService.parseQuery(any(), startsWith("(issuetype"))).thenReturn(refused);

        EmbeddedRest.Reply reply = rest.get("/projects/MOB/objectives");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().get("message").asText()).startsWith("Jira refused what the OKR Advisor asked for");
    }
}
