package com.okradvisor.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.atlassian.jira.issue.Issue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.jira.FakeJira;
import com.okradvisor.jira.OkrReader;
import com.okradvisor.model.CheckIn;
import com.okradvisor.intake.OkrProperties;
import com.okradvisor.text.Numbers;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /keyresults}: reading a key result and checking in on it, over HTTP, one test per outcome. */
class KeyResultResourceTest {

    private static final String CHECK_IN = "{\"value\": 4.0, \"confidence\": 7, \"note\": \"Reviews <b>up</b> after 2.3\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RestFixture fixture;
    private EmbeddedRest rest;

    @BeforeEach
    void serve() throws Exception {
        fixture = new RestFixture();
        rest = EmbeddedRest.serving(fixture.keyResultResource());
    }

    @AfterEach
    void stop() {
        rest.close();
        fixture.close();
    }

    @Test
    void answersTheKeyResultWithItsObjectiveMetricProgressAndCheckIns() throws Exception {
        givenStoredCheckIns("[{\"date\":\"2026-04-20\",\"author\":\"Ana Silva\",\"value\":3.8,\"confidence\":6,\"note\":\"first\"}]");

        EmbeddedRest.Reply reply = rest.get("/keyresults/MOB-2");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().get("key").asText()).isEqualTo("MOB-2");
        assertThat(reply.json().get("objectiveKey").asText()).isEqualTo("MOB-1");
        assertThat(reply.json().get("objectiveKind").asText()).isEqualTo("unknown");
        assertThat(reply.json().get("metric").toString()).isEqualTo("{\"baseline\":3.5,\"target\":4.5,\"current\":3.8,\"unit\":\"\","
                + "\"baselineText\":\"3.5\",\"targetText\":\"4.5\",\"currentText\":\"3.8\"}");
        assertThat(reply.json().get("work").toString()).isEqualTo("{\"count\":0,\"done\":0,\"hidden\":0}");
        assertThat(reply.json().get("progress").asDouble()).isCloseTo(0.3, within(1e-9));
        assertThat(reply.json().get("progressPercent").asInt()).isEqualTo(30);
        assertThat(reply.json().get("checkIns").toString())
                .isEqualTo("[{\"date\":\"2026-04-20T00:00\",\"author\":\"Ana Silva\",\"value\":3.8,\"confidence\":6,\"note\":\"first\","
                        + "\"valueText\":\"3.8\",\"confidenceText\":\"6/10\"}]");
        assertThat(reply.json().get("findings").isArray()).isTrue();
    }

    @Test
    void answersTheKeyResultsWorkCountingWhatTheCallerMayNotBrowseWithoutNamingIt() throws Exception {
        Issue secret = FakeJira.issue(9, "SEC-9", "Fraud check");
        fixture.jira.link(fixture.keyResult, LinkRecord.SUB_TASK, FakeJira.done(FakeJira.issue(8, "MOB-8", "Draft the prompt"), FakeJira.DUE))
                .link(fixture.keyResult, "Relates", secret).forbidden(secret);

        EmbeddedRest.Reply reply = rest.get("/keyresults/MOB-2");

        assertThat(reply.json().get("work").toString()).isEqualTo("{\"count\":1,\"done\":1,\"hidden\":1}");
        assertThat(reply.json().toString()).doesNotContain("SEC-9");
    }

    @Test
    void answersAKeyResultBeyondTheMostAnObjectiveViewReads() throws Exception {
        List<Issue> keyResults = new ArrayList<>(LongStream.range(10, 10 + OkrReader.KEY_RESULTS_READ + 5)
                .<Issue>mapToObj(n -> FakeJira.issue(n, "MOB-" + n, "Raise the app store rating to 4." + n)).toList());
        keyResults.add(fixture.keyResult);
        fixture.jira.keyResults(fixture.objective, keyResults);

        EmbeddedRest.Reply reply = rest.get("/keyresults/MOB-2");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("objectiveKey").asText()).isEqualTo("MOB-1");
        assertThat(reply.json().get("keyResultsNotRead").asInt()).as("read: the first 500 and this one").isEqualTo(5);
        assertThat(reply.json().get("kpisNotRead").asInt()).isZero();
        assertThat(reply.json().get("findingsTotal").asInt()).isEqualTo(reply.json().get("findings").size());
    }

    @Test
    void answersNotFoundForAnIssueThatDoesNotExist() throws Exception {
        EmbeddedRest.Reply reply = rest.get("/keyresults/MOB-404");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("No issue MOB-404 that you may browse.");
    }

    @Test
    void answersAnIssueTheCallerMayNotBrowseAsIfItDidNotExist() throws Exception {
        fixture.jira.forbidden(fixture.keyResult);

        EmbeddedRest.Reply reply = rest.get("/keyresults/MOB-2");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("No issue MOB-2 that you may browse.");
    }

    @Test
    void answersNotFoundForAnIssueInNoObjective() throws Exception {
        fixture.jira.exist(FakeJira.issue(7, "MOB-7", "Fix the login crash"));

        EmbeddedRest.Reply reply = rest.get("/keyresults/MOB-7");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("MOB-7 is not a key result of an objective.");
    }

    @Test
    void appendsACheckInByTheCallerDatedNowAndAnswersTheUpdatedKeyResult() throws Exception {
        givenStoredCheckIns("[{\"date\":\"2026-04-20\",\"author\":\"Ana Silva\",\"value\":3.8,\"confidence\":6,\"note\":\"first\"}]");

        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", CHECK_IN);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(storedCheckIns()).isEqualTo("[{\"date\":\"2026-04-20\",\"author\":\"Ana Silva\",\"value\":3.8,\"confidence\":6,\"note\":\"first\"},"
                + "{\"date\":\"2026-05-04T10:15:30\",\"author\":\"Ben Okafor\",\"value\":4.0,\"confidence\":7,\"note\":\"Reviews <b>up</b> after 2.3\"}]");
        assertThat(reply.json().get("checkIns")).hasSize(2);
        assertThat(reply.json().get("checkIns").get(1).toString()).isEqualTo(
                "{\"date\":\"2026-05-04T10:15:30\",\"author\":\"Ben Okafor\",\"value\":4.0,\"confidence\":7,\"note\":\"Reviews <b>up</b> after 2.3\","
                        + "\"valueText\":\"4\",\"confidenceText\":\"7/10\"}");
        assertThat(reply.json().get("metric").get("current").asDouble()).isEqualTo(4.0);
        assertThat(reply.json().get("progress").asDouble()).isEqualTo(0.5);
        assertThat(reply.json().get("progressPercent").asInt()).isEqualTo(50);
    }

    @Test
    void answersACheckInWithTheNumbersWrittenAsThePanelWritesThemSoThePageNeverFormatsOne() throws Exception {
        fixture.jira.properties.put(2, OkrProperties.METRIC, "{\"baseline\":20000,\"target\":30000,\"unit\":\"$\"}");

        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", "{\"value\": 26000, \"confidence\": 8}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode metric = reply.json().get("metric");
        assertThat(metric.get("baselineText").asText()).isEqualTo("$20000").isEqualTo(Numbers.amount(20000, "$"));
        assertThat(metric.get("targetText").asText()).isEqualTo("$30000");
        assertThat(metric.get("currentText").asText()).isEqualTo("$26000");
        JsonNode checkIn = reply.json().get("checkIns").get(0);
        assertThat(checkIn.get("valueText").asText()).isEqualTo("$26000");
        assertThat(checkIn.get("confidenceText").asText()).isEqualTo("8/10");
        assertThat(reply.json().get("progressPercent").asInt()).isEqualTo(60);
    }

    @Test
    void leavesOutTheTextOfANumberNotKnown() throws Exception {
        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", "{\"confidence\": 5}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode checkIn = reply.json().get("checkIns").get(0);
        assertThat(checkIn.has("value")).isFalse();
        assertThat(checkIn.has("valueText")).isFalse();
        assertThat(checkIn.get("confidenceText").asText()).isEqualTo("5/10");
    }

    @Test
    void appendsUnderTheKeyResultsClusterLockAndReleasesIt() throws Exception {
        rest.postJson("/keyresults/MOB-2/checkins", CHECK_IN);

        assertThat(fixture.locks.locked()).containsExactly("com.okradvisor.okr-advisor.checkins.2");
        assertThat(fixture.locks.allReleased()).isTrue();
    }

    @Test
    void refusesAnAnonymousCheckIn() throws Exception {
        fixture.givenAnonymousCaller();

        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", CHECK_IN);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().toString()).isEqualTo("{\"status\":401,\"message\":\"Log in to Jira first.\"}");
        assertThat(storedCheckIns()).isNull();
    }

    @Test
    void answersACheckInOnAnIssueTheCallerMayNotBrowseAsIfItDidNotExist() throws Exception {
        fixture.jira.forbidden(fixture.keyResult);

        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", CHECK_IN);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("No issue MOB-2 that you may browse.");
        assertThat(storedCheckIns()).isNull();
    }

    @Test
    void answersNotFoundForACheckInOnAnIssueInNoObjective() throws Exception {
        fixture.jira.exist(FakeJira.issue(7, "MOB-7", "Fix the login crash"));

        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-7/checkins", CHECK_IN);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("MOB-7 is not a key result of an objective.");
        assertThat(fixture.jira.properties.value(7, OkrProperties.CHECK_INS)).isNull();
    }

    @Test
    void refusesACheckInByACallerWhoMayBrowseButNotEditTheKeyResult() throws Exception {
        fixture.jira.readOnly(fixture.keyResult);

        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", CHECK_IN);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("message").asText()).isEqualTo("You may not edit MOB-2, so you cannot check in on it.");
        assertThat(storedCheckIns()).isNull();
    }

    @ParameterizedTest(name = "{0} is refused, naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"confidence\": 11}                           | confidence",
            "{\"confidence\": -1}                           | confidence",
            "{\"confidence\": 6.5}                          | confidence",
            "{\"confidence\": \"7\"}                        | confidence",
            "{\"value\": 4.1}                               | confidence",
            "{\"value\": 1e999, \"confidence\": 7}          | value",
            "{\"value\": \"high\", \"confidence\": 7}       | value",
            "{\"value\": 1e308, \"confidence\": 7}          | value",
            "{\"value\": -1.000001e12, \"confidence\": 7}   | value",
            "{\"confidence\": 7, \"note\": [\"not text\"]}  | note",
    })
    void refusesAnInvalidBodyNamingTheField(String body, String field) throws Exception {
        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
        assertThat(reply.json().get("message").asText()).startsWith(field);
        assertThat(storedCheckIns()).isNull();
    }

    @Test
    void refusesANoteLongerThanAThousandCharacters() throws Exception {
        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins",
                "{\"confidence\": 7, \"note\": \"" + "x".repeat(CheckInRequest.MAX_NOTE_LENGTH + 1) + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("note");
        assertThat(reply.json().get("message").asText()).isEqualTo("note must be at most 1000 characters, was 1001");
    }

    @Test
    void refusesAValueBeyondTheBoundOfEveryMetricNumber() throws Exception {
        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", "{\"value\": 1e308, \"confidence\": 7}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText())
                .isEqualTo("value must be a number from -1000000000000 to 1000000000000, was 1.0E308");
    }

    @Test
    void acceptsAValueOnTheBound() throws Exception {
        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", "{\"value\": -1e12, \"confidence\": 7}");

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void refusesABodyThatIsNoJsonObject() throws Exception {
        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", "[7]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().has("field")).isFalse();
        assertThat(reply.json().get("message").asText()).startsWith("The body must be a JSON object");
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws Exception {
        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", "{\"confidence\": 5, \"mood\": \"sunny\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(storedCheckIns()).isEqualTo("[{\"date\":\"2026-05-04T10:15:30\",\"author\":\"Ben Okafor\",\"confidence\":5,\"note\":\"\"}]");
    }

    /** XSRF: a cross-site form can post only form or plain-text bodies, and those never reach the resource. */
    @Test
    void refusesABodyNotSentAsJson() throws Exception {
        EmbeddedRest.Reply reply = rest.post("/keyresults/MOB-2/checkins", "text/plain", CHECK_IN);

        assertThat(reply.status()).isEqualTo(415);
        assertThat(storedCheckIns()).isNull();
    }

    @Test
    void dropsTheOldestWholeCheckInsWhenTheHistoryWouldOutgrowThePropertyLimit() throws Exception {
        List<CheckIn> nearlyFull = nearlyFullHistory();
        givenStoredCheckIns(OkrProperties.checkInsJson(nearlyFull));

        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins",
                "{\"confidence\": 7, \"note\": \"" + "n".repeat(CheckInRequest.MAX_NOTE_LENGTH) + "\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode stored = JSON.readTree(storedCheckIns());
        assertThat(storedCheckIns().length()).isLessThanOrEqualTo(OkrProperties.MAX_VALUE_LENGTH);
        assertThat(stored.get(0).get("date").asText()).isEqualTo(nearlyFull.get(1).at().toString());
        assertThat(stored.get(stored.size() - 1).get("date").asText()).isEqualTo("2026-05-04T10:15:30");
        assertThat(stored).hasSize(nearlyFull.size());
    }

    @Test
    void leavesAHistoryItCannotReadAsItIsAndAnswersConflict() throws Exception {
        givenStoredCheckIns("{\"not\": \"a list\"}");

        EmbeddedRest.Reply reply = rest.postJson("/keyresults/MOB-2/checkins", CHECK_IN);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("message").asText()).startsWith("The check-ins stored on MOB-2 cannot be read, so none was added");
        assertThat(storedCheckIns()).isEqualTo("{\"not\": \"a list\"}");
        assertThat(fixture.locks.allReleased()).isTrue();
    }

    private void givenStoredCheckIns(String json) {
        fixture.jira.properties.put(2, OkrProperties.CHECK_INS, json);
    }

    private String storedCheckIns() {
        return fixture.jira.properties.value(2, OkrProperties.CHECK_INS);
    }

    /** Check-ins with the longest notes, an hour apart, as many as fit in the property untrimmed. */
    private static List<CheckIn> nearlyFullHistory() throws Exception {
        List<CheckIn> history = new ArrayList<>();
        for (LocalDateTime at = LocalDateTime.of(2026, 4, 1, 9, 0); ; at = at.plusHours(1)) {
            CheckIn next = new CheckIn(at, "Ana Silva", OptionalDouble.of(3.6), OptionalInt.of(6),
                    "o".repeat(CheckInRequest.MAX_NOTE_LENGTH));
            List<CheckIn> longer = new ArrayList<>(history);
            longer.add(next);
            if (JSON.readTree(OkrProperties.checkInsJson(longer)).size() < longer.size()) {
                return history;
            }
            history = longer;
        }
    }
}
