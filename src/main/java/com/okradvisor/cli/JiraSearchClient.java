package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.intake.SearchWindow;
import com.okradvisor.model.IssueKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pages through one JQL search of a live Jira with the search API its deployment has, always with
 * {@code expand=names} and the three {@code okr.*} properties (docs/jira-rest.md has the sources):
 * <ul>
 * <li><b>Data Center</b>: {@code /rest/api/2/search} by {@code startAt}, ordered by key. One search
 * returns at most {@value #SEARCH_WINDOW} issues (OpenSearch's {@code max_result_window}; paging past
 * it answers 500 "Search limit exceeded"), so at the window's edge, or at that 500 where an admin set a
 * smaller window, the search goes on after the last key it got:
 * {@code (JQL) AND ((project = "P" AND key > "P-9") OR project not in ("A", "P"))}. JQL compares keys
 * (and ids, which JQL treats as keys) only within a project, and ORDER BY key keeps each project's
 * issues together, so the projects already seen are excluded whole.</li>
 * <li><b>Cloud</b>: {@code /rest/api/2/search/jql} by {@code nextPageToken} until it is absent or
 * {@code isLast}; the answer has no {@code total}. Version 2, not 3: version 3 answers rich text as
 * ADF documents, and the scan reads no rich text, so version 2 keeps the pages in the shape of a Data
 * Center export, which {@code check} reads alike. The fields are named ({@value #FIELDS}): the endpoint
 * answers only {@code id} otherwise.</li>
 * </ul>
 * A search stops with exit 3 when a page repeats (same first and last key, or same page token), the
 * total grows, a Cloud page that is not the last is empty, or the scan passes its issue bound.
 */
final class JiraSearchClient {

    static final int PAGE_SIZE = 100;
    static final int SEARCH_WINDOW = SearchWindow.SIZE;
    static final String DATA_CENTER_SEARCH = "/rest/api/2/search";
    static final String CLOUD_SEARCH = "/rest/api/2/search/jql";
    /**
     * Every field {@link JiraSearchReader} reads; on Cloud {@code parent} carries the epic, and
     * {@code issuelinks} and {@code subtasks} carry a key result's work with each item's status.
     */
    static final String FIELDS = "summary,status,issuetype,project,labels,assignee,duedate,created,resolutiondate,"
            + "issuelinks,subtasks,parent";
    private static final String PROPERTIES = "okr.metric,okr.checkins,okr.kpi";

    private final JiraHttp http;
    private final Deployment deployment;
    private final ScanProgress progress;
    private final int maxIssues;
    private int issues;

    JiraSearchClient(JiraHttp http, Deployment deployment, ScanProgress progress, int maxIssues) {
        this.http = http;
        this.deployment = deployment;
        this.progress = progress;
        this.maxIssues = maxIssues;
    }

    /** Every page of the search for {@code jql}, in order. */
    List<JsonNode> search(String jql) throws JiraUnavailableException, BadInputException {
        return deployment == Deployment.CLOUD ? cloud(jql) : dataCenter(Jql.restriction(jql));
    }

    private List<JsonNode> cloud(String jql) throws JiraUnavailableException, BadInputException {
        Pages pages = new Pages(CLOUD_SEARCH);
        Set<String> tokens = new HashSet<>();
        String token = null;
        int fetched = 0;
        while (true) {
            JiraHttp.Answer answer = http.get(CLOUD_SEARCH, "jql=" + encoded(jql) + "&fields=" + FIELDS
                    + "&expand=names&properties=" + PROPERTIES + "&maxResults=" + PAGE_SIZE
                    + (token == null ? "" : "&nextPageToken=" + encoded(token)));
            if (answer.status() != 200) {
                throw http.refusal(answer, Optional.of(deployment));
            }
            JsonNode page = pages.add(http.json(answer));
            int count = page.path("issues").size();
            fetched += count;
            JsonNode next = page.path("nextPageToken");
            boolean last = page.path("isLast").asBoolean(false) || !next.isTextual() || next.textValue().isEmpty();
            if (!last || pages.count() > 1) {
                progress.fetchedWithoutTotal(fetched, last);
            }
            if (last) {
                return pages.list;
            }
            if (count == 0) {
                throw pages.unlikely("answered an empty page that is not the last");
            }
            if (!tokens.add(next.textValue())) {
                throw pages.unlikely("answered the same nextPageToken twice");
            }
            token = next.textValue();
        }
    }

    private List<JsonNode> dataCenter(String restriction) throws JiraUnavailableException, BadInputException {
        Pages pages = new Pages(DATA_CENTER_SEARCH);
        Set<String> projects = new LinkedHashSet<>();
        String lastKey = "";
        String jql = restriction;
        int startAt = 0;
        int fetched = 0;
        int fetchedBeforeJql = 0;
        int total = -1;
        while (true) {
            int size = Math.min(PAGE_SIZE, SEARCH_WINDOW - startAt);
            JiraHttp.Answer answer = size == 0 ? null : http.get(DATA_CENTER_SEARCH, "jql=" + encoded(jql + " ORDER BY key")
                    + "&startAt=" + startAt + "&maxResults=" + size + "&expand=names&properties=" + PROPERTIES);
            if (answer == null || startAt > 0 && isSearchLimit(answer)) {
                jql = SearchWindow.after(restriction, lastKey, projects);
                fetchedBeforeJql = fetched;
                startAt = 0;
                continue;
            }
            if (answer.status() != 200) {
                throw http.refusal(answer, Optional.of(deployment));
            }
            JsonNode page = pages.add(http.json(answer));
            int count = page.path("issues").size();
            int left = page.path("total").asInt(0);
            if (total < 0) {
                total = left;
                pages.checkBound(total - count);
            } else if (fetchedBeforeJql + left > total) {
                throw pages.unlikely("said " + total + " issues match, then " + (fetchedBeforeJql + left)
                        + " (if issues are being created right now, scan again later)");
            }
            for (JsonNode issue : page.path("issues")) {
                lastKey = issue.path("key").asText("");
                projects.add(IssueKeys.project(lastKey));
            }
            fetched += count;
            startAt += count;
            if (total > count || pages.count() > 1) {
                progress.fetched(fetched, total);
            }
            if (count == 0 || startAt >= left) {
                return pages.list;
            }
        }
    }

    /** Jira's 500 for a page past its result window ("Search limit exceeded"). */
    private static boolean isSearchLimit(JiraHttp.Answer answer) {
        return answer.status() == 500 && new String(answer.body(), StandardCharsets.UTF_8).contains("Search limit exceeded");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The pages of one search so far, checked as they come. */
    private final class Pages {
        private final String endpoint;
        private final List<JsonNode> list = new ArrayList<>();
        private final Set<String> ends = new HashSet<>();

        Pages(String endpoint) {
            this.endpoint = endpoint;
        }

        int count() {
            return list.size();
        }

        JsonNode add(JsonNode page) throws JiraUnavailableException {
            JsonNode found = page.path("issues");
            if (!found.isArray()) {
                throw new JiraUnavailableException(http.site() + endpoint + " answered without an \"issues\" list"
                        + " (is --url the Jira base URL, and is no login page or proxy answering instead?)");
            }
            if (!found.isEmpty()) {
                String pageEnds = found.get(0).path("key").asText("") + " to " + found.get(found.size() - 1).path("key").asText("");
                if (!ends.add(pageEnds)) {
                    throw unlikely("answered the page " + http.serverText().quote(pageEnds) + " twice");
                }
            }
            checkBound(found.size());
            issues += found.size();
            list.add(page);
            return page;
        }

        /** Stops the scan when {@code more} issues would take it past {@code --max-issues}. */
        void checkBound(int more) throws JiraUnavailableException {
            if ((long) issues + more > maxIssues) {
                throw new JiraUnavailableException("the scan would fetch more than " + maxIssues + " issues (--max-issues);"
                        + " narrow --jql, or raise --max-issues if the site really has that many");
            }
        }

        JiraUnavailableException unlikely(String what) {
            return new JiraUnavailableException(http.site() + endpoint + " " + what + "; a search cannot answer so, and"
                    + " the scan stopped rather than page forever: try again later, or report it to the Jira administrator");
        }
    }
}
