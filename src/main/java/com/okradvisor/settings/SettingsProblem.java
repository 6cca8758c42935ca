package com.okradvisor.settings;

import com.okradvisor.text.Characters;
import com.okradvisor.text.Message;
import java.util.function.Function;

/**
 * Why one setting was refused: its key, the value as given (cut to {@value #MAX_SHOWN_CHARS}
 * characters) and what to enter instead. Each caller turns problems into its own policy: the command
 * line refuses the file, the store keeps the default, the admin form shows the message beside the field.
 *
 * @param key the setting's key, e.g. {@code threshold.staleAfterDays}
 * @param value the value refused, shortened for display
 * @param text what is wrong, as an instruction, e.g. {@code Enter a number from 1 to 365.}, as a message of
 *     the plugin's message file, which Jira shows in the viewer's language
 */
public record SettingsProblem(String key, String value, Message text) {

    static final int MAX_SHOWN_CHARS = 40;

    public SettingsProblem {
        value = Characters.printable(Characters.cut(value, MAX_SHOWN_CHARS));
    }

    /** What is wrong, in English. */
    public String message() {
        return text.english();
    }

    /** {@link #describe(Function)} in English, for the command line. */
    public String describe() {
        return describe(Message::english);
    }

    /**
     * One line naming the key and the value, {@code threshold.staleAfterDays = "0": Enter a number from 1 to 365.},
     * each message rendered by {@code render}; only the message when the problem is the whole text's (an empty key).
     */
    public String describe(Function<Message, String> render) {
        return key.isEmpty() ? render.apply(text) : render.apply(Message.of("okr.settings.problem.line", key, value, render.apply(text)));
    }
}
