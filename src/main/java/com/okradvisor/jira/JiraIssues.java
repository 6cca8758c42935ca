package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.okradvisor.model.StatusCategory;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

/** Jira issues as the model's {@link com.okradvisor.model.Issue} values. */
final class JiraIssues {

    private JiraIssues() {
    }

    static com.okradvisor.model.Issue toModel(Issue issue) {
        return new com.okradvisor.model.Issue(
                issue.getKey(),
                issue.getSummary(),
                issue.getProjectObject().getKey(),
                Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getDisplayName),
                statusCategory(issue.getStatus()),
                day(issue.getCreated()).orElseThrow(() -> new IllegalArgumentException(issue.getKey() + " has no created date")),
                day(issue.getDueDate()),
                day(issue.getResolutionDate()));
    }

    private static StatusCategory statusCategory(Status status) {
        if (status == null || status.getStatusCategory() == null) {
            return StatusCategory.UNDEFINED;
        }
        return StatusCategory.fromKey(status.getStatusCategory().getKey()).orElse(StatusCategory.UNDEFINED);
    }

    /** The day of a Jira timestamp in the server's time zone, which is Jira's default zone. */
    private static Optional<LocalDate> day(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(time -> time.toLocalDateTime().toLocalDate());
    }
}
