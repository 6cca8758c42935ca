package com.okradvisor.jira;

/**
 * An entity property that could not be read and was skipped; the panel shows it instead of failing.
 *
 * @param issueKey the issue holding the property
 * @param message what is wrong, naming the property and the field
 */
public record PropertyProblem(String issueKey, String message) {
}
