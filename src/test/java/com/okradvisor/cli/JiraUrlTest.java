package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class JiraUrlTest {

    @Test
    void keepsTheOriginAndTheContextPathWithoutTrailingSlash() throws Exception {
        JiraUrl url = JiraUrl.parse("https://jira.example.com:8443/jira/", false);

        assertThat(url).hasToString("https://jira.example.com:8443/jira");
        assertThat(url.resolve("/rest/api/2/serverInfo", "")).hasToString("https://jira.example.com:8443/jira/rest/api/2/serverInfo");
    }

    @Test
    void trustsTheSameOriginAndTheMoveFromHttpToHttpsOnTheSameHostOnly() throws Exception {
        JiraUrl url = JiraUrl.parse("http://jira.example.com", true);

        assertThat(url.trusts(URI.create("http://jira.example.com:80/login"))).isTrue();
        assertThat(url.trusts(URI.create("https://JIRA.example.com/rest"))).isTrue();
        assertThat(url.trusts(URI.create("http://jira.example.com:8080/rest"))).isFalse();
        assertThat(url.trusts(URI.create("https://jira.example.com.evil.test/rest"))).isFalse();
        assertThat(url.trusts(URI.create("https://ann@jira.example.com/rest"))).isFalse();
        assertThat(JiraUrl.parse("https://jira.example.com", false).trusts(URI.create("http://jira.example.com/rest"))).isFalse();
    }

    @Test
    void takesOnlyThisMachineAsLoopbackWithoutLookingNamesUp() throws Exception {
        assertThat(JiraUrl.parse("http://localhost:8080", false).isLoopback()).isTrue();
        assertThat(JiraUrl.parse("http://127.1.2.3", false).isLoopback()).isTrue();
        assertThat(JiraUrl.parse("http://[::1]:2990/jira", false).isLoopback()).isTrue();
        assertThat(JiraUrl.parse("http://localhost.example.com", true).isLoopback()).isFalse();
    }

    @Test
    void refusesAQueryAndOtherSchemes() {
        assertThatThrownBy(() -> JiraUrl.parse("https://jira.example.com/?a=b", false)).hasMessageContaining("without ?");
        assertThatThrownBy(() -> JiraUrl.parse("ftp://jira.example.com", false)).hasMessageContaining("https://");
        assertThatThrownBy(() -> JiraUrl.parse("jira.example.com", false)).hasMessageContaining("https://");
        assertThatThrownBy(() -> JiraUrl.parse("https://jira example", false)).hasMessageContaining("is not a URL");
    }
}
