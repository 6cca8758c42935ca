package com.okradvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version Maven built, read from {@code com/okradvisor/version.properties}, which
 * the build fills in from {@code pom.xml}. The version is written once, in the pom.
 */
final class BuildVersion implements IVersionProvider {

    static final String RESOURCE = "/com/okradvisor/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"OKR Advisor " + version()};
    }

    /** The pom's version, or "unknown" when the classes were not built by Maven. */
    static String version() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
