package com.okradvisor.cli;

import com.sun.net.httpserver.HttpHandler;

/**
 * A Jira on 127.0.0.1 that says it is Data Center and answers {@code /rest/api/2/search} as the test
 * makes it: redirects elsewhere, trickles, repeats itself, grows, overflows or echoes the token. With
 * a handler that answers properly it records what a scan that should never reach it sends.
 */
final class HostileJira extends LoopbackJira {

    HostileJira(HttpHandler search) {
        answerServerInfo("DataCenter");
        answer(JiraSearchClient.DATA_CENTER_SEARCH, search);
    }
}
