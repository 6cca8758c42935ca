package com.okradvisor.bundle;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A stand-in for Jira in Felix: one bundle that exports the Atlassian declarations, SLF4J and the injection,
 * servlet and REST packages that Jira exports, with their classes (and the resources they load) inside,
 * at the versions their jars export them: {@code javax} with JAX-RS 2.1 for Jira 10.3, {@code jakarta}
 * with Servlet 6.0, RESTful Web Services 3.1 and Dependency Injection 2.0 for Jira 11.3.
 */
final class HostBundle {

    /** A clause of an Export-Package header: a package, then attributes whose quoted values may hold commas. */
    private static final Pattern EXPORT_CLAUSE = Pattern.compile("([\\w.]+)((?:;[^,\"]*(?:\"[^\"]*\")?)*)");
    private static final Pattern VERSION = Pattern.compile(";version=\"([^\"]+)\"");

    private final SortedMap<String, byte[]> classes = new TreeMap<>();
    /** The versions the source jars export their packages at; a package from a folder has none. */
    private final Map<String, String> versions = new TreeMap<>();

    private HostBundle() {
    }

    /**
     * Writes the host bundle of Jira {@code version} to {@code jar}, taking each package's classes from
     * where {@code someClasses} were loaded.
     */
    static Path write(Path jar, String version, Class<?>... someClasses) throws IOException {
        HostBundle host = new HostBundle();
        for (Class<?> type : someClasses) {
            String folder = type.getPackageName().split("\\.")[0] + "/" + type.getPackageName().split("\\.")[1] + "/";
            host.collect(codeSource(type), folder);
        }
        host.writeTo(jar, version);
        return jar;
    }

    private void collect(Path source, String folder) throws IOException {
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source.resolve(folder))) {
                for (Path file : files.filter(f -> isCodeOrText(f.toString())).toList()) {
                    classes.put(source.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(source.toFile())) {
            String exported = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue("Export-Package");
            if (exported != null) {
                Matcher clause = EXPORT_CLAUSE.matcher(exported);
                while (clause.find()) {
                    Matcher version = VERSION.matcher(clause.group(2));
                    if (version.find()) {
                        versions.put(clause.group(1), version.group(1));
                    }
                }
            }
            for (JarEntry entry : jar.stream().filter(e -> e.getName().startsWith(folder) && isCodeOrText(e.getName())).toList()) {
                classes.put(entry.getName(), jar.getInputStream(entry).readAllBytes());
            }
        }
    }

    /** Classes, and the message bundles some read when they load (javax.servlet's LocalStrings). */
    private static boolean isCodeOrText(String name) {
        return name.endsWith(".class") || name.endsWith(".properties");
    }

    private void writeTo(Path jar, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "jira-host-stand-in");
        main.putValue("Bundle-Version", version);
        TreeSet<String> packages = new TreeSet<>();
        classes.keySet().forEach(name -> packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.')));
        main.putValue("Export-Package", packages.stream()
                .map(name -> versions.containsKey(name) ? name + ";version=\"" + versions.get(name) + "\"" : name)
                .collect(Collectors.joining(",")));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
