package com.okradvisor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared Jira REST sample (docs/design.md, "The OKR model") and variants of it written for one test. */
final class ExportFiles {

    /** The sample whose issues docs/design.md describes ("The OKR model"). */
    static final String SAMPLE_RESOURCE = "/exports/jira-rest-sample.json";

    private ExportFiles() {
    }

    static String sample() {
        try (var in = ExportFiles.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path folder, String name, String json) {
        try {
            return Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
