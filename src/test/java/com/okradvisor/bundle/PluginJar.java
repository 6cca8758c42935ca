package com.okradvisor.bundle;

import com.okradvisor.testing.JiraLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The plugin jar that {@code mvn package} built; failsafe names it in the system property
 * {@code plugin.jar}, once for each jar, and its line in {@code plugin.jira} ({@link JiraLine}).
 */
final class PluginJar {

    private PluginJar() {
    }

    static Path path() {
        String location = System.getProperty("plugin.jar");
        if (location == null) {
            throw new IllegalStateException("run through failsafe (mvn verify): system property plugin.jar is not set");
        }
        Path jar = Paths.get(location);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the plugin jar " + jar + " has not been built");
        }
        return jar;
    }

    static Attributes manifest() {
        try (JarFile jar = new JarFile(path().toFile())) {
            Manifest manifest = jar.getManifest();
            return manifest.getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
