package com.okradvisor.advisor;

/**
 * Why a rule file was refused.
 *
 * @param file the rule file's name
 * @param line the line in it (1-based), 0 when the problem is not tied to a line
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
