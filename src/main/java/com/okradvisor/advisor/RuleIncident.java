package com.okradvisor.advisor;

import java.util.Objects;

/**
 * A custom rule taken out of one evaluation: it fired too often, ran out of time or threw. Its
 * findings of that evaluation are dropped; every other rule's stand.
 *
 * @param ruleKey the rule's {@code @ruleKey}
 * @param ruleName the rule's name in its file
 * @param file the custom DRL file it is written in
 * @param kind what it did
 * @param detail what happened, in a line: the limit it reached, or the exception and where it was thrown
 */
public record RuleIncident(String ruleKey, String ruleName, String file, Kind kind, String detail) {

    /** What a custom rule did that took it out of an evaluation. */
    public enum Kind {
        /** It fired more times than {@link CustomRuleBounds#firingLimit(int)} allows in one session. */
        TOO_MANY_FIRINGS("too-many-firings"),
        /** Its conditions and consequences took longer than {@link CustomRuleBounds#timeBudget()} in one evaluation. */
        OUT_OF_TIME("out-of-time"),
        /** Its condition or consequence threw. */
        THREW("threw");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** Stable kebab-case name, for storage and for i18n keys. */
        public String key() {
            return key;
        }
    }

    public RuleIncident {
        Objects.requireNonNull(ruleKey, "ruleKey");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return file + ": rule \"" + ruleName + "\" (" + ruleKey + ") " + detail;
    }
}
