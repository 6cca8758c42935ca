package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.intake.OkrProperties;
import com.okradvisor.view.Baseline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --baseline FILE.json}: an earlier {@code --format json} report, of which only each finding's
 * {@code rule} and {@code issue} count. A file of another shape is bad input naming the file and the field.
 */
final class BaselineFile {

    private static final String EXPECTED = "an earlier --format json report";

    private BaselineFile() {
    }

    static Baseline read(Path file) throws BadInputException {
        JsonNode findings = JiraSearchReader.parse(file, EXPECTED).path("findings");
        if (!findings.isArray()) {
            throw new BadInputException(file + ", field findings: expected the list of findings of " + EXPECTED);
        }
        List<Baseline.Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode finding = findings.get(i);
            entries.add(new Baseline.Entry(text(file, finding, i, "rule"), text(file, finding, i, "issue")));
        }
        return Baseline.of(entries);
    }

    private static String text(Path file, JsonNode finding, int index, String field) throws BadInputException {
        JsonNode value = finding.path(field);
        if (!value.isTextual()) {
            throw new BadInputException(file + ", field findings[" + index + "]." + field + ": expected text, got "
                    + (value.isMissingNode() ? "nothing" : OkrProperties.describe(value)));
        }
        return value.textValue();
    }
}
