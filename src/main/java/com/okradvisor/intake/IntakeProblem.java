package com.okradvisor.intake;

/**
 * Something the assembler could not take as it came. Each adapter turns problems into its own policy:
 * the command line refuses {@link Kind#UNREADABLE} input (exit 2) and prints notes as warnings; the
 * panels skip what they cannot read and name it.
 *
 * @param kind whether a value could not be read, or something was left out or assumed
 * @param issueKey the issue it is about
 * @param message what is wrong, naming the field or property, and what was done about it
 */
public record IntakeProblem(Kind kind, String issueKey, String message) {

    /** How bad a problem is. */
    public enum Kind {
        /** A value that cannot be judged (a property of the wrong shape): it was skipped. */
        UNREADABLE,
        /** Something left out or assumed (an issue listed twice, an epic outside the intake). */
        NOTE
    }

    /** The problem as a clause: {@code issue GRO-12, property okr.metric.target: …}. */
    public String describe() {
        return "issue " + issueKey + ", " + message;
    }
}
