package com.okradvisor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A text shown to people, as the key of the plugin's message file ({@value #BUNDLE}) and the arguments of
 * its {@link MessageFormat} pattern, so that one file holds every such text: Jira renders it in the
 * viewer's language through its i18n resolver, and the command line, which has no viewer's language,
 * in the file's English by {@link #english()}. Arguments are text, so a number reads the same in both
 * ({@code 10000}, never a locale's {@code 10,000}).
 *
 * @param key the message's key in {@value #BUNDLE}, e.g. {@code okr.settings.problem.number}
 * @param arguments the pattern's arguments {@code {0}}, {@code {1}}, … in order
 */
public record Message(String key, List<String> arguments) {

    /** The plugin's message file on the class path, in English. */
    public static final String BUNDLE = "i18n/okr-advisor.properties";

    public Message {
        arguments = List.copyOf(arguments);
    }

    /** The message {@code key} with {@code arguments}, each taken as its {@link String#valueOf text}. */
    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The arguments as an array, as Jira's i18n resolver takes them. */
    public String[] argumentArray() {
        return arguments.toArray(String[]::new);
    }

    /**
     * The message in the file's English, formatted as Jira formats it (a {@link MessageFormat}, so a quote
     * is written {@code ''} in the file).
     *
     * @throws IllegalStateException when {@value #BUNDLE} has no such key: a defect, which a test rules out
     */
    public String english() {
        String pattern = English.TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException(BUNDLE + " has no message " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments.toArray());
    }

    /** The file's English, read once. */
    private static final class English {

        static final Properties TEXTS = read();

        private static Properties read() {
            Properties texts = new Properties();
            try (InputStream in = Message.class.getClassLoader().getResourceAsStream(BUNDLE)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLE + " is not on the class path");
                }
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(BUNDLE, e);
            }
            return texts;
        }
    }
}
