package com.okradvisor.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.security.PermissionManager;

/** The app's readers over one fake site's Jira services, wired as the plugin wires them: for {@link FakeJira} and {@link SimulatedJira}. */
final class Readers {

    private Readers() {
    }

    static OkrReader reader(SearchService search, IssueLinkManager links, PermissionManager permissions,
            JsonEntityPropertyManager properties, CustomFieldManager customFields) {
        return new OkrReader(new JiraSearch(search), links, permissions, new IssueProperties(properties), customFields);
    }

    static PortfolioReader portfolioReader(SearchService search, IssueLinkManager links, IssueLinkTypeManager linkTypes,
            PermissionManager permissions, JsonEntityPropertyManager properties, CustomFieldManager customFields) {
        return new PortfolioReader(new JiraSearch(search), reader(search, links, permissions, properties, customFields), links,
                linkTypes, new IssueProperties(properties), permissions);
    }
}
