package com.okradvisor.advisor;

import com.okradvisor.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A rule's catalogue entry, read from its DRL metadata ({@code @ruleKey}, {@code @severity},
 * {@code @title}, {@code @rationale}, {@code @remedy}) and the thresholds its text reads.
 *
 * @param key stable kebab-case key users filter and disable by
 * @param severity how much a finding hurts
 * @param title what the rule catches, in a few words
 * @param rationale why it hurts, in one or two sentences
 * @param remedy what to do, in one line
 * @param parameters the thresholds it reads from the global {@code thresholds}, in the order it first reads them
 * @param source the DRL file it comes from
 * @param shipped true for the catalogue that ships with the app, false for an admin's custom rule
 */
public record RuleEntry(
        String key, Severity severity, String title, String rationale, String remedy, List<Parameter> parameters,
        String source, boolean shipped) {

    public RuleEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(remedy, "remedy");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(source, "source");
    }
}
