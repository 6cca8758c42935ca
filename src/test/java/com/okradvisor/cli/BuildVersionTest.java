package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command line says the version the pom gives the build, not one written beside it. */
class BuildVersionTest {

    /** The project's own version: the first {@code <version>} after the project's {@code <artifactId>}. */
    private static final Pattern PROJECT_VERSION =
            Pattern.compile("<artifactId>okr-advisor</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void printsThePomsVersion() throws IOException {
        Matcher pom = PROJECT_VERSION.matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        assertThat(pom.find()).as("the project's version in pom.xml").isTrue();

        CliRun result = CliRun.run("--version");

        assertThat(result.exitCode).isZero();
        assertThat(result.out.strip()).isEqualTo("OKR Advisor " + pom.group(1));
    }
}
