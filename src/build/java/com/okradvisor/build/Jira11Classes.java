package com.okradvisor.build;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Makes the classes of the Jira 11 plugin jar from the one source tree (docs/jira-api.md, "Two plugin
 * jars"). The sources are written for Jira 10.3 (Platform 7: {@code javax.servlet}, {@code javax.ws.rs},
 * {@code javax.inject}); Jira 11.3 (Platform 8) has the same APIs under {@code jakarta.*}, and
 * Atlassian changed its own interfaces only where a servlet type forced it. So this program:
 * <ol>
 *   <li>copies the sources of {@code com.okradvisor.jira} (the only package that may touch those APIs,
 *       which it checks) with those package names rewritten to {@code jakarta};</li>
 *   <li>compiles them with the Atlassian declarations shared by both lines ({@code src/jira-api}) and
 *       those of Jira 11 ({@code src/jira-api-11}) against the Jakarta APIs Jira 11 ships and the
 *       app's other classes, never against the Jira 10 classes, at the same release and with the
 *       same options as the main build;</li>
 *   <li>writes the jar's class folder: the main build's classes, Jira package and declarations aside,
 *       plus the classes just compiled; and, separately, the compiled Jira 11 declarations, which the
 *       tests' stand-in host exports and which never ship.</li>
 * </ol>
 * A compile error fails the build, so a call whose Jira 11 signature differs is caught here.
 *
 * <p>Run by the build ({@code process-classes}) as a source-file program on the main build's class
 * path, which it compiles against. Arguments: the project folder, the main class folder, the output
 * folder, the folder holding the Jakarta API jars of Jira 11, and the declaration folders to compile
 * ({@code -} for none: the {@code atlassian11} profile puts the real Jira 11 API on the class path).
 */
public final class Jira11Classes {

    /** The Jakarta EE packages Jira 11 moved; {@code javax.annotation.processing} is the JDK's and stays. */
    static final Pattern MOVED = Pattern.compile("\\bjavax\\.(servlet|ws\\.rs|inject|annotation(?!\\.processing))\\b");
    private static final String JIRA_PACKAGE = "com/okradvisor/jira/";
    private static final String ATLASSIAN = "com/atlassian/";

    private Jira11Classes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: Jira11Classes <project folder> <class folder> <output folder>"
                    + " <Jakarta API jar folder> <declaration folders, comma-separated, or - for none>");
        }
        Path project = Path.of(args[0]);
        Path mainClasses = Path.of(args[1]);
        Path out = Path.of(args[2]);
        deleteRecursively(out);
        Path classes = out.resolve("classes");
        Path compiled = out.resolve("compiled");
        copy(mainClasses, classes, name -> !name.startsWith(JIRA_PACKAGE) && !name.startsWith(ATLASSIAN));
        List<Path> toCompile = new ArrayList<>(rewriteJiraSources(project.resolve("src/main/java"), out.resolve("src")));
        if (!args[4].equals("-")) {
            for (String folder : args[4].split(",")) {
                toCompile.addAll(javaFiles(project.resolve(folder.strip())));
            }
        }
        compile(toCompile, compiled, classPath(Path.of(args[3]), classes, mainClasses));
        copy(compiled, classes, name -> !name.startsWith(ATLASSIAN));
        copy(compiled, out.resolve("declarations"), name -> name.startsWith(ATLASSIAN));
    }

    /** The Jira package's sources with the moved packages renamed; any other source that uses them is an error. */
    private static List<Path> rewriteJiraSources(Path sourceRoot, Path target) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Path file : javaFiles(sourceRoot)) {
            String name = sourceRoot.relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher moved = MOVED.matcher(text);
            if (!name.startsWith(JIRA_PACKAGE)) {
                if (moved.find()) {
                    throw new IllegalStateException(file + " uses " + moved.group() + ", which Jira 11 moved to jakarta:"
                            + " only package com.okradvisor.jira may use the servlet, REST and injection APIs");
                }
                continue;
            }
            Path copy = target.resolve(name);
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, moved.replaceAll("jakarta.$1"), StandardCharsets.UTF_8);
            written.add(copy);
        }
        return written;
    }

    private static void compile(List<Path> files, Path classes, String classPath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("Maven runs on a JRE without a Java compiler; run it on a JDK");
        }
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-parameters",
                "-proc:none", "-implicit:none", "-nowarn", "-d", classes.toString(), "-classpath", classPath));
        files.forEach(file -> arguments.add(file.toString()));
        int status = javac.run(null, null, null, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("the Jira 11 classes do not compile (javac said why above)");
        }
    }

    /**
     * The Jakarta API jars, the app's classes that need no rewriting, then the main build's class path
     * without its class folder: the Jira 11 compile never sees the Jira 10 declarations or classes.
     */
    private static String classPath(Path jakartaJars, Path appClasses, Path mainClasses) throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> jars = Files.list(jakartaJars)) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(jar -> entries.add(jar.toString()));
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("no Jakarta API jars in " + jakartaJars);
        }
        entries.add(appClasses.toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Path.of(entry).toAbsolutePath().normalize().equals(mainClasses.toAbsolutePath().normalize())) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Copies every file under {@code from} whose relative name {@code keep} accepts. */
    private static void copy(Path from, Path to, Predicate<String> keep) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = from.relativize(file).toString().replace('\\', '/');
                if (keep.test(name)) {
                    Path copy = to.resolve(name);
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
