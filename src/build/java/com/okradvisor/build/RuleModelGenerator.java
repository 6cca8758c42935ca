package com.okradvisor.build;

import com.okradvisor.advisor.ShippedRules;
import com.okradvisor.advisor.ThresholdReads;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Compiles the shipped rules when the jar is built, so the app only loads classes when it starts
 * (docs/design.md, "Performance targets", rules ready under 2 s). Drools' executable model turns every pattern and consequence
 * of {@code rules/*.drl} into Java classes; this writes those classes into the build's class folder,
 * and beside them the index {@link ShippedRules#INDEX} that names the model, the files in catalogue
 * order (each file's first line gives its place, {@link ShippedRules#THEME_LINE}), each rule's file and
 * the thresholds each rule reads ({@link ThresholdReads}). Every {@code *.drl} file in the folder ships.
 *
 * <p>Run by the build ({@code process-classes}) as a source-file program, with two arguments: the
 * folder of the rule files and the class folder. A rule that does not compile fails the build with
 * its file, line and message.
 */
public final class RuleModelGenerator {

    private static final String SOURCE_FOLDER = "src/main/resources/rules/";

    private RuleModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RuleModelGenerator <rules folder> <class folder>");
        }
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        KieServices kie = KieServices.get();
        KieFileSystem files = kie.newKieFileSystem();
        Map<String, String> texts = inCatalogueOrder(rules);
        texts.forEach((file, text) -> files.write(SOURCE_FOLDER + file, text));
        KieBuilder builder = kie.newKieBuilder(files, RuleModelGenerator.class.getClassLoader())
                .buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder report = new StringBuilder("the shipped rules do not compile:");
            for (Message error : errors) {
                String file = error.getPath() == null ? "rules" : error.getPath().replace(SOURCE_FOLDER, "rules/");
                String line = error.getLine() > 0 ? ":" + error.getLine() : "";
                report.append(System.lineSeparator()).append(file).append(line).append(": ")
                        .append(error.getText().lines().findFirst().orElse(""));
            }
            throw new IllegalStateException(report.toString());
        }
        Properties index = new Properties();
        index.setProperty(ShippedRules.FILES, String.join(",", texts.keySet()));
        texts.forEach((file, text) -> thresholdsRead(file, text).forEach((rule, thresholds) -> {
            index.setProperty(ShippedRules.RULE_PREFIX + rule, file);
            index.setProperty(ShippedRules.THRESHOLDS_PREFIX + rule, String.join(",", thresholds));
        }));
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        String models = new String(module.getBytes(CanonicalKieModule.getModelFileWithGAV(module.getReleaseId())),
                StandardCharsets.UTF_8);
        List<String> modelClasses = models.lines()
                .filter(line -> !line.isBlank() && !line.startsWith(CanonicalKieModule.MODEL_VERSION)).toList();
        index.setProperty(ShippedRules.MODELS, String.join(",", modelClasses));
        write(module, modelClasses, classes);
        writeIndex(index, classes.resolve(ShippedRules.INDEX));
    }

    /** The index in properties syntax, its entries sorted and without the date {@link Properties#store} adds. */
    private static void writeIndex(Properties index, Path file) throws IOException {
        StringWriter text = new StringWriter();
        index.store(text, null);
        List<String> lines = new ArrayList<>();
        lines.add("# Written by " + RuleModelGenerator.class.getName() + " from rules/*.drl when the jar is built.");
        text.toString().lines().filter(line -> !line.startsWith("#")).sorted().forEach(lines::add);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * Every {@code *.drl} file of {@code rules}, file name → text, ordered by the place its first line
     * gives; a file without that line, or two files claiming one place, fail the build.
     */
    private static Map<String, String> inCatalogueOrder(Path rules) throws IOException {
        Map<Integer, String> byPlace = new TreeMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> listed = Files.list(rules)) {
            for (Path path : listed.filter(file -> file.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String file = path.getFileName().toString();
                String text = Files.readString(path, StandardCharsets.UTF_8);
                Matcher theme = ShippedRules.THEME_LINE.matcher(text.lines().findFirst().orElse(""));
                if (!theme.matches()) {
                    throw new IllegalStateException("rules/" + file
                            + " must start with '// <place in the catalogue>. <Theme>: what it looks at'");
                }
                String other = byPlace.putIfAbsent(Integer.valueOf(theme.group(1)), file);
                if (other != null) {
                    throw new IllegalStateException("rules/" + file + " and rules/" + other + " both claim place "
                            + theme.group(1) + " in the catalogue");
                }
                texts.put(file, text);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        byPlace.values().forEach(file -> ordered.put(file, texts.get(file)));
        return ordered;
    }

    private static Map<String, List<String>> thresholdsRead(String file, String text) {
        try {
            return ThresholdReads.byRule(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rules/" + file + " " + e.getMessage(), e);
        }
    }

    /**
     * Writes the model's classes: every class in the packages of the model classes, after clearing
     * those packages of the classes of an earlier build.
     */
    private static void write(InternalKieModule module, List<String> modelClasses, Path classes) throws IOException {
        List<String> folders = new ArrayList<>();
        for (String model : modelClasses) {
            String folder = model.substring(0, model.lastIndexOf('.')).replace('.', '/') + '/';
            folders.add(folder);
            delete(classes.resolve(folder));
        }
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class") && folders.stream().anyMatch(name::startsWith)) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
