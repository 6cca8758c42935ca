package com.okradvisor.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue link seen from one of its issues.
 *
 * @param type the link type's name
 * @param otherKey the issue at the other end; empty when the reader may not see it (counted, never named)
 * @param otherIssueType the other issue's type name, empty when unknown
 * @param otherLabels the other issue's labels when the source knows them (the plugin does; a REST
 *     export does not), which lets the objective mapping's label count for issues outside the intake
 * @param outward true when the issue it is seen from is the link's source
 */
public record LinkRecord(String type, Optional<String> otherKey, String otherIssueType,
        Optional<List<String>> otherLabels, boolean outward) {

    public LinkRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(otherKey, "otherKey");
        otherIssueType = otherIssueType == null ? "" : otherIssueType;
        otherLabels = otherLabels.map(List::copyOf);
    }
}
