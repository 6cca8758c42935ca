package com.okradvisor.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.drools.model.Model;

/**
 * The shipped catalogue as the build compiled it: Drools' executable model of {@code rules/*.drl}
 * (classes written by {@code com.okradvisor.build.RuleModelGenerator}), and the file each rule is
 * written in, which the compiled rules no longer know.
 */
public final class ShippedRules {

    /** The index on the class path, beside the rule files. */
    public static final String INDEX = "rules/executable-model.properties";
    /** The index's entry naming the model classes, comma-separated. */
    public static final String MODELS = "models";
    /** The prefix of the index's entries naming a rule's file. */
    public static final String RULE_PREFIX = "rule.";

    private final List<Model> models;
    private final Map<String, String> files;

    private ShippedRules(List<Model> models, Map<String, String> files) {
        this.models = List.copyOf(models);
        this.files = Collections.unmodifiableMap(files);
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
        for (String name : index.getProperty(MODELS, "").split(",")) {
            try {
                models.add((Model) Class.forName(name.strip(), true, classLoader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException(INDEX + " names model class '" + name + "', which cannot be loaded", e);
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (String key : index.stringPropertyNames()) {
            if (key.startsWith(RULE_PREFIX)) {
                files.put(key.substring(RULE_PREFIX.length()), index.getProperty(key));
            }
        }
        return new ShippedRules(models, files);
    }

    /** The model instances, to build a KieBase from. */
    List<Model> models() {
        return models;
    }

    /** Rule name → the shipped file it is written in. */
    Map<String, String> files() {
        return files;
    }
}
