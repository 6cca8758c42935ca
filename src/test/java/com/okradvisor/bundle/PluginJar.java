package com.okradvisor.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The plugin jar that {@code mvn package} built and the Jira line it is for; failsafe names them in
 * the system properties {@code plugin.jar} and {@code plugin.jira} (10 or 11), once for each jar.
 */
final class PluginJar {

    private PluginJar() {
    }

    static Path path() {
        Path jar = Paths.get(property("plugin.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the plugin jar " + jar + " has not been built");
        }
        return jar;
    }

    /** True for the Jira 11 jar (Platform 8, jakarta), false for the Jira 10 jar (Platform 7, javax). */
    static boolean forJira11() {
        return property("plugin.jira").equals("11");
    }

    /** The namespace of the servlet, REST and injection APIs on this jar's Jira. */
    static String enterpriseNamespace() {
        return forJira11() ? "jakarta" : "javax";
    }

    static Attributes manifest() {
        try (JarFile jar = new JarFile(path().toFile())) {
            Manifest manifest = jar.getManifest();
            return manifest.getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("run through failsafe (mvn verify): system property " + name + " is not set");
        }
        return value;
    }
}
