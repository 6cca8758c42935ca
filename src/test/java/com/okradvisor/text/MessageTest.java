package com.okradvisor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one message file: the command line's English and Jira's texts come from it, formatted alike. */
class MessageTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** A quote MessageFormat would swallow: one not doubled. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void formatsTheFilesEnglishWithItsArgumentsAsText() {
        assertThat(Message.of("okr.settings.problem.range", "1", "365").english()).isEqualTo("Enter a number from 1 to 365.");
        assertThat(Message.of("okr.settings.problem.length", 10_000).english())
                .as("a number reads the same in every language: no grouping").isEqualTo("Enter at most 10000 characters.");
        assertThat(Message.of("okr.settings.problem.labelSpaces").english()).isEqualTo("Enter a label without spaces, as Jira's labels are.");
        assertThat(Message.of("okr.filter.problem.severity", "{0} ''<b>").english())
                .as("an argument is inserted as it is, never read as a pattern")
                .isEqualTo("severity must be CRITICAL, MAJOR, MINOR or INFO, not \"{0} ''<b>\".");
    }

    @Test
    void aKeyMissingFromTheFileIsADefectNamedAsSuch() {
        assertThatThrownBy(() -> Message.of("okr.no.such.key").english())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("okr.no.such.key");
    }

    @Test
    void everyMessageTheCodeNamesIsInTheFile() throws IOException {
        Properties texts = texts();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = MESSAGE_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (key.find()) {
                    if (!texts.containsKey(key.group(1))) {
                        missing.add(source.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyQuoteInTheFileIsDoubledAsJirasMessageFormatNeedsIt() throws IOException {
        Properties texts = texts();
        TreeSet<String> swallowed = new TreeSet<>();
        texts.stringPropertyNames().stream().filter(key -> LONE_QUOTE.matcher(texts.getProperty(key)).find()).forEach(swallowed::add);
        assertThat(swallowed).isEmpty();
    }

    private static Properties texts() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessageTest.class.getClassLoader().getResourceAsStream(Message.BUNDLE)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
