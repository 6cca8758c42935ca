package com.okradvisor.jira.rest;

import static com.okradvisor.jira.rest.AdminAccessTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.jira.OkrAdministration;
import com.okradvisor.testing.CustomRules;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /custom-rules} for a system administrator in a WebSudo session, over HTTP, one test per outcome
 * ({@link AdminAccessTest}: who may); a refused file leaves the rules in force as they were.
 */
class CustomRuleResourceTest {

    private static final String OTHER_RULE = CustomRules.VENDOR_RULE.replace("Salesforce", "Oracle")
            .replace(CustomRules.KEY, "acme-no-oracle").replace("Key result mentions a vendor", "Key result mentions Oracle");

    private AdminRest admin;

    @BeforeEach
    void serve() throws Exception {
        admin = new AdminRest();
        admin.givenSystemAdministrator();
        admin.givenWebSudo();
        admin.administration.changeRules(OkrAdministration.RuleFilesChange.putting("oracle.drl", OTHER_RULE));
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    @Test
    void answersTheStoredFilesAndWhyAnyIsNotInForce() throws Exception {
        admin.store.changeCustomRules(stored -> Optional.of(Map.of("oracle.drl", OTHER_RULE, "broken.drl", CustomRules.BROKEN)));

        EmbeddedRest.Reply reply = admin.rest.get("/custom-rules");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("files")).extracting(file -> file.get("name").asText())
                .containsExactly("broken.drl", "oracle.drl");
        assertThat(reply.json().get("files").get(1).get("text").asText()).isEqualTo(OTHER_RULE);
        assertThat(reply.json().get("skipped")).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.get("file").asText()).isEqualTo("broken.drl");
            assertThat(problem.get("message").asText()).isNotBlank();
        });
    }

    @Test
    void validatesAFileWithTheStoredOnesWithoutStoringIt() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.postJson("/custom-rules/validate", body(CustomRules.FILE, CustomRules.VENDOR_RULE));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("files")).extracting(name -> name.asText()).containsExactly("oracle.drl", CustomRules.FILE);
        assertThat(admin.store.loadCustomRules()).containsOnlyKeys("oracle.drl");
    }

    @Test
    void refusesToValidateAFileThatDoesNotCompileNamingItsFileAndLine() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.postJson("/custom-rules/validate", body(CustomRules.FILE, CustomRules.BROKEN));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isEqualTo("The rule file was refused; the rules in force stay as they were.");
        assertThat(reply.json().get("problems")).anySatisfy(problem -> {
            assertThat(problem.get("file").asText()).isEqualTo(CustomRules.FILE);
            assertThat(problem.get("line").asInt()).isEqualTo(CustomRules.BROKEN_LINE);
        });
    }

    @Test
    void refusesAFileNameThatIsNotLettersDigitsAndDotsEndingInDrl() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.postJson("/custom-rules/validate", body("../team rules.txt", CustomRules.VENDOR_RULE));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("problems").get(0).get("file").asText()).isEqualTo("../team rules.txt");
        assertThat(reply.json().get("problems").get(0).get("message").asText()).startsWith("Name the rule file");
        assertThat(reply.json().get("problems").get(0).has("line")).isFalse();
    }

    @Test
    void refusesAValidationWithoutTextNamingTheField() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.postJson("/custom-rules/validate", "{\"name\": \"team.drl\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("text");
    }

    @Test
    void savesAFileAndPutsItInForce() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.putJson("/custom-rules/" + CustomRules.FILE, text(CustomRules.VENDOR_RULE));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("files")).extracting(file -> file.get("name").asText())
                .containsExactly(CustomRules.FILE, "oracle.drl");
        assertThat(admin.rules.rules()).anySatisfy(rule -> assertThat(rule.key()).isEqualTo(CustomRules.KEY));
    }

    @Test
    void refusesAFileThatDoesNotCompileAndKeepsTheRulesInForce() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.putJson("/custom-rules/oracle.drl", text(CustomRules.BROKEN));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("problems")).anySatisfy(problem -> {
            assertThat(problem.get("file").asText()).isEqualTo("oracle.drl");
            assertThat(problem.get("line").asInt()).isEqualTo(CustomRules.BROKEN_LINE);
        });
        assertThat(admin.store.loadCustomRules()).containsEntry("oracle.drl", OTHER_RULE);
        assertThat(admin.rules.inForce().skipped()).isEmpty();
        assertThat(admin.rules.rules()).anySatisfy(rule -> assertThat(rule.key()).isEqualTo("acme-no-oracle"));
    }

    @Test
    void refusesAFileSentAsAFormAsACrossSitePageWouldSendIt() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.put("/custom-rules/team.drl", "application/x-www-form-urlencoded", "text=rule");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(admin.store.loadCustomRules()).containsOnlyKeys("oracle.drl");
    }

    @Test
    void removesAFile() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.delete("/custom-rules/oracle.drl");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(admin.store.loadCustomRules()).isEmpty();
        assertThat(admin.rules.rules()).noneSatisfy(rule -> assertThat(rule.key()).isEqualTo("acme-no-oracle"));
    }

    @Test
    void answers404ForAFileNotStored() throws Exception {
        EmbeddedRest.Reply reply = admin.rest.delete("/custom-rules/team.drl");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).isEqualTo("No custom rule file team.drl is stored.");
        assertThat(admin.store.loadCustomRules()).containsOnlyKeys("oracle.drl");
    }

    private static String body(String name, String drl) {
        return "{\"name\": " + json(name) + ", \"text\": " + json(drl) + "}";
    }

    private static String text(String drl) {
        return "{\"text\": " + json(drl) + "}";
    }
}
