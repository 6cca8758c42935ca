package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What a Jira site is, as {@code GET /rest/api/2/serverInfo} says in {@code deploymentType}: {@code Cloud},
 * or {@code Server}/{@code DataCenter}. It decides the search API ({@code /search/jql} by page token on
 * Cloud, {@code /search} by {@code startAt} on Data Center) and how key results find their epic
 * ({@code parent} on Cloud, the Epic Link field on Data Center).
 */
enum Deployment {
    CLOUD,
    DATACENTER;

    static final String SERVER_INFO = "/rest/api/2/serverInfo";

    /** What the site says it is. */
    static Deployment of(JiraHttp http) throws JiraUnavailableException, BadInputException {
        JiraHttp.Answer answer = http.get(SERVER_INFO, "");
        if (answer.status() != 200) {
            throw http.refusal(answer, Optional.empty());
        }
        JsonNode type = http.json(answer).path("deploymentType");
        return switch (type.asText("")) {
            case "Cloud" -> CLOUD;
            case "Server", "DataCenter" -> DATACENTER;
            default -> throw new JiraUnavailableException(http.site() + SERVER_INFO + " does not say Cloud, Server or"
                    + " DataCenter in deploymentType (it says \"" + http.serverText().quote(type.toString())
                    + "\"); give --deployment cloud or --deployment datacenter");
        };
    }
}
