package com.okradvisor.cli;

import com.sun.net.httpserver.HttpHandler;

/**
 * A Jira on 127.0.0.1 that answers its search as the test makes it: redirects elsewhere, trickles,
 * repeats itself, grows, overflows or echoes the token. With a handler that answers properly it
 * records what a scan that should never reach it sends.
 */
final class HostileJira extends LoopbackJira {

    /** Data Center, searched through {@code /rest/api/2/search}. */
    HostileJira(HttpHandler search) {
        this("DataCenter", JiraSearchClient.DATA_CENTER_SEARCH, search);
    }

    /** A site that says it is {@code deploymentType} and answers {@code searchPath} with {@code search}. */
    HostileJira(String deploymentType, String searchPath, HttpHandler search) {
        answerServerInfo(deploymentType);
        answer(searchPath, search);
    }
}
