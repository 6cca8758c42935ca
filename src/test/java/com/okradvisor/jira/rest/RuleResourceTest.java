package com.okradvisor.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.advisor.Parameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /rules}: the catalogue over HTTP, one test per outcome. */
class RuleResourceTest {

    private static final Parameter STALE_AFTER_DAYS = Parameter.fromKey("staleAfterDays").orElseThrow();

    private RestFixture fixture;
    private EmbeddedRest rest;

    @BeforeEach
    void serve() throws Exception {
        fixture = new RestFixture();
        rest = EmbeddedRest.serving(new RuleResource(fixture.issues(), fixture.settings(), fixture.rules()));
    }

    @AfterEach
    void stop() {
        rest.close();
        fixture.close();
    }

    @Test
    void answersEveryRuleWithItsParametersDefaultsAndValuesInForce() throws Exception {
        EmbeddedRest.Reply reply = rest.get("/rules");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).hasSize(fixture.rules().rules().size());
        JsonNode stale = rule(reply.json(), "checkin-stale");
        assertThat(stale.get("severity").asText()).isNotBlank();
        assertThat(stale.get("title").asText()).isNotBlank();
        assertThat(stale.get("rationale").asText()).isNotBlank();
        assertThat(stale.get("remedy").asText()).isNotBlank();
        assertThat(stale.get("parameters").toString()).isEqualTo("[{\"key\":\"staleAfterDays\",\"description\":\""
                + STALE_AFTER_DAYS.description() + "\",\"defaultValue\":14.0,\"value\":14.0}]");
    }

    @Test
    void refusesAnAnonymousCaller() throws Exception {
        fixture.givenAnonymousCaller();

        EmbeddedRest.Reply reply = rest.get("/rules");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().toString()).isEqualTo("{\"status\":401,\"message\":\"Log in to Jira first.\"}");
    }

    private static JsonNode rule(JsonNode rules, String key) {
        for (JsonNode rule : rules) {
            if (rule.get("key").asText().equals(key)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + key + " in " + rules);
    }
}
