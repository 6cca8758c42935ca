package com.okradvisor.advisor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The thresholds each rule of a DRL text reads from the global {@code thresholds}
 * ({@code thresholds.staleAfterDays} in a condition, {@code thresholds.staleAfterDays()} in a
 * consequence): the parameters of its catalogue entry, worked out from the rule, never listed by hand.
 * The build records them for the shipped rules; the advisor reads a custom file the same way.
 */
public final class ThresholdReads {

    /** A read of the global, or text to skip: a string or character literal, or a comment. */
    private static final Pattern READ_OR_SKIPPED = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|//[^\\n]*|/\\*.*?\\*/|\\bthresholds\\s*\\.\\s*(\\w+)",
            Pattern.DOTALL);

    private ThresholdReads() {
    }

    /**
     * Rule name → the thresholds it reads, in the order its text first reads them, for every rule of
     * {@code drl} in the order they are written.
     *
     * @throws IllegalArgumentException when the text does not parse
     */
    public static Map<String, List<String>> byRule(String drl) {
        DrlParser parser = new DrlParser();
        PackageDescr parsed;
        try {
            parsed = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            throw new IllegalArgumentException("does not parse: " + e.getMessage(), e);
        }
        if (parser.hasErrors() || parsed == null) {
            throw new IllegalArgumentException("does not parse: " + parser.getErrors());
        }
        Map<String, List<String>> reads = new LinkedHashMap<>();
        for (RuleDescr rule : parsed.getRules()) {
            String text = drl.substring(rule.getStartCharacter(), Math.min(rule.getEndCharacter() + 1, drl.length()));
            reads.put(rule.getName(), READ_OR_SKIPPED.matcher(text).results()
                    .map(match -> match.group(1)).filter(Objects::nonNull).distinct().toList());
        }
        return reads;
    }
}
