package com.okradvisor.settings;

import com.okradvisor.text.Characters;

/**
 * Why one setting was refused: its key, the value as given (cut to {@value #MAX_SHOWN_CHARS}
 * characters) and what to enter instead. Each caller turns problems into its own policy: the command
 * line refuses the file, the store keeps the default, the admin form shows the message beside the field.
 *
 * @param key the setting's key, e.g. {@code threshold.staleAfterDays}
 * @param value the value refused, shortened for display
 * @param message what is wrong, as an instruction, e.g. {@code Enter a number from 1 to 365.}
 */
public record SettingsProblem(String key, String value, String message) {

    static final int MAX_SHOWN_CHARS = 40;

    public SettingsProblem {
        value = Characters.printable(Characters.cut(value, MAX_SHOWN_CHARS));
    }

    /**
     * One line naming the key and the value, {@code threshold.staleAfterDays = "0": Enter a number from 1 to 365.};
     * only the message when the problem is the whole text's (an empty key).
     */
    public String describe() {
        return key.isEmpty() ? message : key + " = \"" + value + "\": " + message;
    }
}
