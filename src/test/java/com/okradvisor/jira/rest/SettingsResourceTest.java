package com.okradvisor.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.Parameter;
import com.okradvisor.settings.OkrSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /settings} for an administrator in a WebSudo session, over HTTP, one test per outcome ({@link AdminAccessTest}: who may). */
class SettingsResourceTest {

    private static final Parameter STALE_AFTER_DAYS = Parameter.fromKey("staleAfterDays").orElseThrow();

    private AdminRest admin;

    @BeforeEach
    void serve() throws Exception {
        admin = new AdminRest();
        admin.givenAdministrator();
        admin.givenWebSudo();
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    @Test
    void answersEverySettingInForceAsItsConfigText() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.get("/settings");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("settings").get("threshold.staleAfterDays").asText()).isEqualTo("14");
        assertThat(reply.json().get("settings").get("objective.issueType").asText()).isEqualTo("Epic");
        assertThat(reply.json().get("storedProblems")).isEmpty();
    }

    @Test
    void validatesWithoutStoring() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.postJson("/settings/validate",
                "{\"threshold.staleAfterDays\": 21, \"kpi.label\": \"kpi\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("settings").get("threshold.staleAfterDays").asText()).isEqualTo("21");
        assertThat(reply.json().get("settings").get("kpi.label").asText()).isEqualTo("kpi");
        assertThat(admin.store.load()).isEqualTo(OkrSettings.DEFAULTS);
    }

    @Test
    void refusesAValueThatIsNeitherTextNorANumberNamingItsField() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.postJson("/settings/validate", "{\"progress.inProgressWeight\": true}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("problems")).hasSize(1);
        assertThat(reply.json().get("problems").get(0).get("field").asText()).isEqualTo("progress.inProgressWeight");
        assertThat(reply.json().get("problems").get(0).get("message").asText()).isEqualTo("must be text or a number");
    }

    @Test
    void refusesUnknownKeysAndValuesOutOfBoundsNamingEachField() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.postJson("/settings/validate",
                "{\"threshold.staleAfterDays\": 0, \"no.such.key\": \"x\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isEqualTo("The settings were refused; nothing was saved.");
        assertThat(reply.json().get("problems")).extracting(problem -> problem.get("field").asText())
                .containsExactlyInAnyOrder("threshold.staleAfterDays", "no.such.key");
        assertThat(reply.json().get("problems").toString()).contains(STALE_AFTER_DAYS.format(STALE_AFTER_DAYS.min()));
    }

    @Test
    void savesTheSettingsAllAtOnceAndAnswersThoseInForce() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.putJson("/settings", "{\"threshold.staleAfterDays\": \"21\", \"kpi.label\": \"kpi\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("settings").get("threshold.staleAfterDays").asText()).isEqualTo("21");
        assertThat(admin.store.load().advisor().get(STALE_AFTER_DAYS)).isEqualTo(21);
        assertThat(admin.store.load().mapping().kpiLabel()).isEqualTo("kpi");
    }

    @Test
    void refusesASaveWithAnyProblemAndKeepsTheStoredSettings() throws Exception {
        admin.rest.putJson("/settings", "{\"threshold.staleAfterDays\": 21}");

        EmbeddedRest.Reply reply = admin.rest.putJson("/settings", "{\"threshold.staleAfterDays\": 400, \"kpi.label\": \"kpi\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("problems").get(0).get("field").asText()).isEqualTo("threshold.staleAfterDays");
        assertThat(admin.store.load().advisor().get(STALE_AFTER_DAYS)).isEqualTo(21);
        assertThat(admin.store.load().mapping().kpiLabel()).isEqualTo(OkrSettings.DEFAULTS.mapping().kpiLabel());
    }

    @Test
    void refusesABodyThatIsNoJsonObject() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.putJson("/settings", "[21]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).startsWith("The body must be a JSON object");
        assertThat(admin.store.load()).isEqualTo(OkrSettings.DEFAULTS);
    }

    @Test
    void refusesWritesSentAsAFormOrPlainTextAsACrossSitePageWouldSendThem() throws Exception {
        EmbeddedRest.Reply form = admin.rest.put("/settings", "application/x-www-form-urlencoded", "threshold.staleAfterDays=21");
        EmbeddedRest.Reply text = admin.rest.post("/settings/validate", "text/plain", "{\"threshold.staleAfterDays\": 21}");

        assertThat(form.status()).isEqualTo(415);
        assertThat(text.status()).isEqualTo(415);
        assertThat(admin.store.load()).isEqualTo(OkrSettings.DEFAULTS);
    }
}
