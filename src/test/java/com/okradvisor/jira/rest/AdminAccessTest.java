package com.okradvisor.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.settings.OkrSettings;
import com.okradvisor.testing.CustomRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may make each admin call, over HTTP: anonymous 401, not an administrator 403, an administrator without
 * WebSudo 401 saying so, and a system administrator's calls for custom rules 403 to other administrators;
 * every refusal stores nothing.
 */
class AdminAccessTest {

    private static final String SETTINGS = "{\"threshold.staleAfterDays\": 21}";
    private static final String RULE = "{\"name\": \"acme.drl\", \"text\": " + json(CustomRules.VENDOR_RULE) + "}";

    /** One admin call: its method, path and body (null when it has none). */
    record Call(String method, String path, String body) {

        @Override
        public String toString() {
            return method + " " + path;
        }

        EmbeddedRest.Reply on(EmbeddedRest rest) throws Exception {
            return switch (method) {
                case "GET" -> rest.get(path);
                case "POST" -> rest.postJson(path, body);
                case "PUT" -> rest.putJson(path, body);
                case "DELETE" -> rest.delete(path);
                default -> throw new IllegalArgumentException(method);
            };
        }
    }

    static Stream<Call> everyCall() {
        return Stream.concat(administratorCalls(), systemAdministratorCalls());
    }

    static Stream<Call> administratorCalls() {
        return Stream.of(new Call("GET", "/settings", null), new Call("POST", "/settings/validate", SETTINGS),
                new Call("PUT", "/settings", SETTINGS), new Call("GET", "/custom-rules", null));
    }

    static Stream<Call> systemAdministratorCalls() {
        return Stream.of(new Call("POST", "/custom-rules/validate", RULE),
                new Call("PUT", "/custom-rules/acme.drl", "{\"text\": " + json(CustomRules.VENDOR_RULE) + "}"),
                new Call("DELETE", "/custom-rules/acme.drl", null));
    }

    private AdminRest admin;

    @BeforeEach
    void serve() throws Exception {
        admin = new AdminRest();
        admin.administration.changeRules(com.okradvisor.jira.OkrAdministration.RuleFilesChange.putting("acme.drl",
                CustomRules.VENDOR_RULE.replace("Salesforce", "Oracle")));
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    @ParameterizedTest
    @MethodSource("everyCall")
    void refusesAnAnonymousCallerWith401(Call call) throws Exception {
        admin.givenAnonymousCaller();
        admin.givenWebSudo();

        EmbeddedRest.Reply reply = call.on(admin.rest);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("message").asText()).isEqualTo("Log in to Jira first.");
        assertNothingChanged();
    }

    @ParameterizedTest
    @MethodSource("everyCall")
    void refusesAUserWhoIsNoAdministratorWith403(Call call) throws Exception {
        admin.givenUser();
        admin.givenWebSudo();

        EmbeddedRest.Reply reply = call.on(admin.rest);

        assertThat(reply.status()).isEqualTo(403);
        assertNothingChanged();
    }

    @ParameterizedTest
    @MethodSource("systemAdministratorCalls")
    void refusesCustomRuleChecksAndChangesToAnAdministratorWhoIsNoSystemAdministrator(Call call) throws Exception {
        admin.givenAdministrator();
        admin.givenWebSudo();

        EmbeddedRest.Reply reply = call.on(admin.rest);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("message").asText()).contains("system administrators");
        assertNothingChanged();
    }

    @ParameterizedTest
    @MethodSource("everyCall")
    void refusesASystemAdministratorWithoutAWebSudoSessionWith401SayingWebSudo(Call call) throws Exception {
        admin.givenSystemAdministrator();

        EmbeddedRest.Reply reply = call.on(admin.rest);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().toString())
                .isEqualTo("{\"status\":401,\"message\":\"" + RestFailure.WEBSUDO_REQUIRED + "\"}");
        assertNothingChanged();
    }

    @ParameterizedTest
    @MethodSource("everyCall")
    void answersASystemAdministratorInAWebSudoSession(Call call) throws Exception {
        admin.givenSystemAdministrator();
        admin.givenWebSudo();

        EmbeddedRest.Reply reply = call.on(admin.rest);

        assertThat(reply.status()).isIn(200, 204);
    }

    @ParameterizedTest
    @MethodSource("administratorCalls")
    void answersAnAdministratorInAWebSudoSession(Call call) throws Exception {
        admin.givenAdministrator();
        admin.givenWebSudo();

        EmbeddedRest.Reply reply = call.on(admin.rest);

        assertThat(reply.status()).isEqualTo(200);
    }

    private void assertNothingChanged() {
        assertThat(admin.store.load()).isEqualTo(OkrSettings.DEFAULTS);
        assertThat(admin.store.loadCustomRules()).containsOnlyKeys("acme.drl");
        assertThat(admin.store.loadCustomRules().get("acme.drl")).contains("Oracle");
    }

    static String json(String text) {
        try {
            return RestJson.MAPPER.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
