package com.okradvisor.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What every OKR item shares with the Jira issue behind it.
 *
 * @param key the issue key, e.g. {@code GRO-12}
 * @param summary the issue's summary (its title)
 * @param projectKey the key of the issue's project
 * @param owner the assignee's display name, empty when unassigned
 * @param status the issue's status category
 * @param created the day the issue was created
 * @param due the due date, when set
 * @param resolved the day the issue was resolved, when it is
 */
public record Issue(
        String key,
        String summary,
        String projectKey,
        Optional<String> owner,
        StatusCategory status,
        LocalDate created,
        Optional<LocalDate> due,
        Optional<LocalDate> resolved) {

    public Issue {
        Objects.requireNonNull(key, "key");
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(projectKey, "projectKey");
        owner = owner.filter(name -> !name.isBlank());
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(resolved, "resolved");
    }

    public boolean isDone() {
        return status == StatusCategory.DONE;
    }
}
