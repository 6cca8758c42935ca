package com.okradvisor.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.drools.model.Model;

/**
 * The shipped catalogue as the build compiled it: Drools' executable model of {@code rules/*.drl}
 * (classes written by {@code com.okradvisor.build.RuleModelGenerator}), the files in catalogue order,
 * and what the compiled rules no longer know: the file each rule is written in and the thresholds it reads.
 */
public final class ShippedRules {

    /** The index on the class path, beside the rule files. */
    public static final String INDEX = "rules/executable-model.properties";
    /** The index's entry naming the model classes, comma-separated. */
    public static final String MODELS = "models";
    /** The index's entry naming the rule files in catalogue order, comma-separated. */
    public static final String FILES = "files";
    /** The prefix of the index's entries naming a rule's file. */
    public static final String RULE_PREFIX = "rule.";
    /** The prefix of the index's entries naming the thresholds a rule reads, comma-separated. */
    public static final String THRESHOLDS_PREFIX = "thresholds.";
    /**
     * A rule file's first line, e.g. {@code // 1. Structure: how many objectives…}: the file's place in
     * the catalogue, its theme and what it looks at.
     */
    public static final Pattern THEME_LINE = Pattern.compile("^//\\s*(\\d+)\\.\\s*([^:]+):\\s*(.+)$");

    private final List<Model> models;
    private final List<String> fileNames;
    private final Map<String, String> files;
    private final Map<String, Map<String, List<String>>> thresholdsRead;

    private ShippedRules(List<Model> models, List<String> fileNames, Map<String, String> files,
            Map<String, Map<String, List<String>>> thresholdsRead) {
        this.models = List.copyOf(models);
        this.fileNames = List.copyOf(fileNames);
        this.files = Collections.unmodifiableMap(files);
        this.thresholdsRead = Collections.unmodifiableMap(thresholdsRead);
    }

    /**
     * Reads the index and instantiates the model through {@code classLoader}.
     *
     * @throws IllegalStateException when the index or a model class is missing: a broken build
     */
    static ShippedRules load(ClassLoader classLoader) {
        Properties index = new Properties();
        try (InputStream in = classLoader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException(INDEX + " is not on the class path: the shipped rules are compiled"
                        + " by the build (mvn process-classes), not at run time");
            }
            index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        List<Model> models = new ArrayList<>();
        for (String name : list(index.getProperty(MODELS, ""))) {
            try {
                models.add((Model) Class.forName(name, true, classLoader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException(INDEX + " names model class '" + name + "', which cannot be loaded", e);
            }
        }
        Map<String, String> files = new HashMap<>();
        Map<String, Map<String, List<String>>> thresholdsRead = new HashMap<>();
        for (String key : index.stringPropertyNames()) {
            if (key.startsWith(RULE_PREFIX)) {
                String rule = key.substring(RULE_PREFIX.length());
                String file = index.getProperty(key);
                files.put(rule, file);
                thresholdsRead.computeIfAbsent(file, any -> new HashMap<>())
                        .put(rule, list(index.getProperty(THRESHOLDS_PREFIX + rule, "")));
            }
        }
        return new ShippedRules(models, list(index.getProperty(FILES, "")), files, thresholdsRead);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** The model instances, to build a KieBase from. */
    List<Model> models() {
        return models;
    }

    /** The shipped files, in catalogue order. */
    List<String> fileNames() {
        return fileNames;
    }

    /** Rule name → the shipped file it is written in. */
    Map<String, String> files() {
        return files;
    }

    /** File → rule name → the thresholds the rule reads ({@link ThresholdReads}). */
    Map<String, Map<String, List<String>>> thresholdsRead() {
        return thresholdsRead;
    }
}
