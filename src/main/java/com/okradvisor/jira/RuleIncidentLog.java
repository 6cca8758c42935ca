package com.okradvisor.jira;

import com.okradvisor.advisor.RuleIncident;
import com.okradvisor.text.Characters;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The custom rules recently taken out of an evaluation, as stored in the plugin settings so that an
 * admin on any node of a cluster sees what happened on every node: one line per rule and kind of
 * incident (the latest replaces an older one), at most {@link #MAX_ENTRIES}, newest first.
 */
public final class RuleIncidentLog {

    /** Entries kept: one per rule and kind, so a few misbehaving rules never push out the rest. */
    static final int MAX_ENTRIES = 50;
    /** Each field is cut to this many characters, so the stored text stays far below SAL's 99,000. */
    private static final int MAX_FIELD = 300;
    private static final String SEPARATOR = "\t";

    private RuleIncidentLog() {
    }

    /**
     * One stored incident.
     *
     * @param at when a node last saw it
     * @param incident the rule, its file, the kind and what happened
     */
    public record Entry(Instant at, RuleIncident incident) {

        public String file() {
            return incident.file();
        }

        String identity() {
            return incident.ruleKey() + SEPARATOR + incident.kind().key();
        }
    }

    /** The stored entries; a line that cannot be read is skipped. */
    static List<Entry> read(Object stored) {
        if (!(stored instanceof String text)) {
            return List.of();
        }
        return text.lines().map(RuleIncidentLog::entry).flatMap(Optional::stream).toList();
    }

    static String write(List<Entry> entries) {
        return entries.stream().map(entry -> String.join(SEPARATOR, entry.at().toString(), entry.incident().kind().key(),
                        field(entry.incident().ruleKey()), field(entry.incident().file()), field(entry.incident().ruleName()),
                        field(entry.incident().detail())))
                .collect(Collectors.joining("\n"));
    }

    /** {@code stored} with {@code added}: one entry per rule and kind, the latest, newest first, at most {@link #MAX_ENTRIES}. */
    static List<Entry> merge(List<Entry> stored, List<Entry> added) {
        Map<String, Entry> latest = new LinkedHashMap<>();
        for (Entry entry : stored) {
            latest.merge(entry.identity(), entry, RuleIncidentLog::later);
        }
        for (Entry entry : added) {
            latest.merge(entry.identity(), entry, RuleIncidentLog::later);
        }
        List<Entry> merged = new ArrayList<>(latest.values());
        merged.sort(Comparator.comparing(Entry::at).reversed());
        return List.copyOf(merged.subList(0, Math.min(MAX_ENTRIES, merged.size())));
    }

    private static Entry later(Entry one, Entry other) {
        return other.at().isAfter(one.at()) ? other : one;
    }

    private static Optional<Entry> entry(String line) {
        String[] fields = line.split(SEPARATOR, -1);
        if (fields.length != 6) {
            return Optional.empty();
        }
        try {
            Optional<RuleIncident.Kind> kind = Arrays.stream(RuleIncident.Kind.values())
                    .filter(candidate -> candidate.key().equals(fields[1])).findFirst();
            return kind.map(found -> new Entry(Instant.parse(fields[0]),
                    new RuleIncident(fields[2], fields[4], fields[3], found, fields[5])));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** A field as one line without the separator: control characters, tabs and new lines among them, are replaced. */
    private static String field(String text) {
        return Characters.printable(Characters.cut(text, MAX_FIELD));
    }
}
