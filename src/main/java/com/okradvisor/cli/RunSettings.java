package com.okradvisor.cli;

import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.model.Mapping;
import com.okradvisor.progress.ProgressSettings;
import com.okradvisor.property.OkrProperties;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The mapping and the advisor's settings for one run, from a {@code --config} .properties file; every
 * key is optional and defaults as DESIGN.md §2 says. Keys (see {@code docs/okr-advisor.properties}):
 * {@code objective.issueType}, {@code objective.label}, {@code kpi.issueType}, {@code kpi.label},
 * {@code alignment.linkTypes} (comma-separated; empty means any), {@code epicLink.field},
 * {@code progress.inProgressWeight}, {@code progress.fiscalYearStartMonth}, {@code rules.disabled}
 * (comma-separated rule keys) and {@code threshold.<parameter>} for each rule parameter.
 *
 * @param mapping which issues are objectives, key results and KPIs
 * @param advisor thresholds, rules switched off and progress settings
 */
public record RunSettings(Mapping mapping, AdvisorSettings advisor) {

    public static final RunSettings DEFAULTS = new RunSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS);

    private static final String THRESHOLD = "threshold.";
    private static final Set<String> KEYS = Set.of("objective.issueType", "objective.label", "kpi.issueType",
            "kpi.label", "alignment.linkTypes", "epicLink.field", "progress.inProgressWeight",
            "progress.fiscalYearStartMonth", "rules.disabled");

    /** The settings in {@code file}; an unknown key or a value out of range is bad input naming the file and key. */
    public static RunSettings load(Path file) throws BadInputException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(file + ": cannot be read as a .properties file: " + e.getMessage(), e);
        }
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key) && !(key.startsWith(THRESHOLD) && Parameter.fromKey(key.substring(THRESHOLD.length())).isPresent())) {
                throw new BadInputException(file + ": unknown key " + OkrProperties.shown(key) + "; known keys: " + knownKeys());
            }
        }
        try {
            Mapping defaults = Mapping.DEFAULTS;
            Mapping mapping = new Mapping(
                    properties.getProperty("objective.issueType", defaults.objectiveIssueType()).strip(),
                    properties.getProperty("objective.label", defaults.objectiveLabel()),
                    properties.getProperty("kpi.issueType", defaults.kpiIssueType()),
                    properties.getProperty("kpi.label", defaults.kpiLabel()),
                    list(properties.getProperty("alignment.linkTypes", "")),
                    properties.getProperty("epicLink.field", defaults.epicLinkField()).strip());
            double month = number(file, properties, "progress.fiscalYearStartMonth").orElse(1.0);
            if (month != Math.rint(month)) {
                throw new BadInputException(file + ": progress.fiscalYearStartMonth must be a whole month 1 to 12, was " + month);
            }
            ProgressSettings progress = new ProgressSettings(
                    number(file, properties, "progress.inProgressWeight").orElse(ProgressSettings.DEFAULT_IN_PROGRESS_WEIGHT),
                    (int) month);
            AdvisorSettings advisor = AdvisorSettings.DEFAULTS.withProgress(progress)
                    .withDisabled(list(properties.getProperty("rules.disabled", "")));
            for (Parameter parameter : Parameter.values()) {
                Optional<Double> value = number(file, properties, THRESHOLD + parameter.key());
                if (value.isPresent()) {
                    advisor = advisor.with(parameter, value.get());
                }
            }
            return new RunSettings(mapping, advisor);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Double> number(Path file, Properties properties, String key) throws BadInputException {
        String text = properties.getProperty(key, "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble number = OkrProperties.number(text);
        if (number.isEmpty() || !Double.isFinite(number.getAsDouble())) {
            throw new BadInputException(file + ": " + key + " must be a finite number such as 0.5 or 14, was \""
                    + OkrProperties.shown(text) + "\"");
        }
        return Optional.of(number.getAsDouble());
    }

    private static Set<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String knownKeys() {
        TreeSet<String> known = new TreeSet<>(KEYS);
        Arrays.stream(Parameter.values()).map(parameter -> THRESHOLD + parameter.key()).forEach(known::add);
        return String.join(", ", known);
    }
}
