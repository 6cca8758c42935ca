package com.okradvisor.view;

import com.okradvisor.model.Severity;
import com.okradvisor.text.Characters;
import com.okradvisor.text.Message;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a coach asks of the findings: which projects, rules, severities, cycles and owners (each empty
 * for all), how to group them, which page. It lives in the URL's query ({@link #query(int)}), so a view
 * can be bookmarked and shared, and the coach view and {@code GET /findings} read it alike
 * ({@link #parse}): each filter a repeated parameter ({@code project=GRO&project=MOB}), any value
 * matching.
 *
 * @param projects project keys
 * @param rules rule keys
 * @param severities severities
 * @param cycles cycle labels, e.g. {@code 2026-Q2}; a finding outside any objective has no cycle
 * @param owners owners' display names, of the issue a finding is on
 * @param grouping how findings are grouped: not at all, by rule or by objective
 * @param page the page, from 1
 * @param pageSize findings per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record FindingFilter(Set<String> projects, Set<String> rules, Set<Severity> severities, Set<String> cycles,
        Set<String> owners, Grouping grouping, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;
    /** The highest page asked for: far beyond any portfolio the reader takes, a bound on the arithmetic. */
    public static final int MAX_PAGE = 1_000_000;
    /** The most values of one filter, and the longest value: a URL is no place for more. */
    public static final int MAX_VALUES = 100;
    public static final int MAX_LENGTH = 255;
    /** The query parameters a filter reads. */
    public static final List<String> PARAMETERS = List.of("project", "rule", "severity", "cycle", "owner", "group", "page",
            "pageSize");
    /** Every finding, ungrouped, the first page. */
    public static final FindingFilter ALL = new FindingFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Grouping.NONE, 1, DEFAULT_PAGE_SIZE);

    /** How a list of findings is grouped. */
    public enum Grouping {
        NONE, RULE, OBJECTIVE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public FindingFilter {
        projects = Set.copyOf(projects);
        rules = Set.copyOf(rules);
        severities = Set.copyOf(severities);
        cycles = Set.copyOf(cycles);
        owners = Set.copyOf(owners);
    }

    /**
     * The filter a URL's query parameters give; {@code ignored} names parameters of the caller's own
     * (e.g. {@code export}) that are neither filters nor faults.
     *
     * @throws FilterException naming the parameter: one not known, a severity, grouping or number that
     *         is not one, a page out of bounds, too many or too long values
     */
    public static FindingFilter parse(Map<String, List<String>> parameters, Collection<String> ignored) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name) && !ignored.contains(name)) {
                throw new FilterException(name, Message.of("okr.filter.problem.unknown", shown(name), String.join(", ", PARAMETERS)));
            }
        }
        Set<Severity> severities = new LinkedHashSet<>();
        for (String value : values(parameters, "severity")) {
            severities.add(severity(value).orElseThrow(() -> new FilterException("severity",
                    Message.of("okr.filter.problem.severity", shown(value)))));
        }
        Grouping grouping = single(parameters, "group").map(value -> grouping(value).orElseThrow(() ->
                new FilterException("group", Message.of("okr.filter.problem.group", shown(value))))).orElse(Grouping.NONE);
        int page = single(parameters, "page").map(value -> number("page", value, MAX_PAGE)).orElse(1);
        int pageSize = single(parameters, "pageSize").map(value -> number("pageSize", value, MAX_PAGE_SIZE)).orElse(DEFAULT_PAGE_SIZE);
        return new FindingFilter(values(parameters, "project"), values(parameters, "rule"), severities,
                values(parameters, "cycle"), values(parameters, "owner"), grouping, page, pageSize);
    }

    /** The same filter on another page. */
    public FindingFilter onPage(int other) {
        return new FindingFilter(projects, rules, severities, cycles, owners, grouping, other, pageSize);
    }

    /**
     * This filter as a URL query (without {@code ?}), on page {@code onPage}, its values encoded and in
     * a fixed order, so the same view always has the same URL.
     */
    public String query(int onPage) {
        List<String> pairs = new ArrayList<>();
        add(pairs, "project", projects);
        add(pairs, "rule", rules);
        add(pairs, "severity", severities.stream().map(Severity::name).toList());
        add(pairs, "cycle", cycles);
        add(pairs, "owner", owners);
        if (grouping != Grouping.NONE) {
            pairs.add("group=" + grouping.key());
        }
        if (pageSize != DEFAULT_PAGE_SIZE) {
            pairs.add("pageSize=" + pageSize);
        }
        if (onPage != 1) {
            pairs.add("page=" + onPage);
        }
        return String.join("&", pairs);
    }

    private static void add(List<String> pairs, String name, Collection<String> values) {
        values.stream().sorted().forEach(value -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    }

    private static Set<String> values(Map<String, List<String>> parameters, String name) {
        List<String> given = parameters.getOrDefault(name, List.of());
        if (given.size() > MAX_VALUES) {
            throw new FilterException(name, Message.of("okr.filter.problem.values", name, MAX_VALUES, given.size()));
        }
        Set<String> values = new LinkedHashSet<>();
        for (String value : given) {
            if (value.length() > MAX_LENGTH) {
                throw new FilterException(name, Message.of("okr.filter.problem.length", name, MAX_LENGTH));
            }
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        Set<String> values = values(parameters, name);
        if (values.size() > 1) {
            throw new FilterException(name, Message.of("okr.filter.problem.single", name, values.size()));
        }
        return values.stream().findFirst();
    }

    private static Optional<Severity> severity(String value) {
        for (Severity severity : Severity.values()) {
            if (severity.name().equalsIgnoreCase(value)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    private static Optional<Grouping> grouping(String value) {
        for (Grouping grouping : Grouping.values()) {
            if (grouping.key().equalsIgnoreCase(value)) {
                return Optional.of(grouping);
            }
        }
        return Optional.empty();
    }

    private static int number(String name, String value, int most) {
        if (value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new FilterException(name, Message.of("okr.filter.problem.number", name, most, shown(value)));
        }
        int number = Integer.parseInt(value);
        if (number < 1 || number > most) {
            throw new FilterException(name, Message.of("okr.filter.problem.number", name, most, number));
        }
        return number;
    }

    /** At most 40 characters of a value, printable, for a message. */
    private static String shown(String value) {
        return Characters.printable(Characters.cut(value, 40));
    }

    /**
     * A query parameter that cannot be a filter; {@link #parameter()} names it, {@link #text()} says why (in
     * English as the exception's message).
     */
    public static final class FilterException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final String parameter;
        private final transient Message text;

        FilterException(String parameter, Message text) {
            super(text.english());
            this.parameter = parameter;
            this.text = text;
        }

        public String parameter() {
            return parameter;
        }

        public Message text() {
            return text;
        }
    }
}
