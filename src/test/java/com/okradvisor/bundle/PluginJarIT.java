package com.okradvisor.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.testing.JiraLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What Jira 10.3 and 11.3 require of a transformerless plugin jar (docs/jira-api.md, "The jar"), for each jar. */
class PluginJarIT {

    private static final String PLUGIN_KEY = "com.okradvisor.okr-advisor";

    @Test
    void shipsNoAtlassianClassBecauseJiraProvidesThem() throws IOException {
        assertThat(entryNames()).filteredOn(name -> name.startsWith("com/atlassian/")).isEmpty();
    }

    @Test
    void leavesTheCommandLineRunnerAndItsLibrariesToTheCliJar() throws IOException {
        List<String> entries = entryNames();
        String imports = PluginJar.manifest().getValue("Import-Package");

        assertThat(entries).filteredOn(name -> name.startsWith("com/okradvisor/cli/")).isEmpty();
        assertThat(entries).filteredOn(name -> name.startsWith("picocli/") || name.startsWith("org/apache/velocity/")).isEmpty();
        assertThat(entries).filteredOn(name -> name.startsWith("META-INF/lib/"))
                .noneMatch(name -> name.matches("META-INF/lib/(picocli|velocity-engine-core|commons-lang3)-.*\\.jar"));
        assertThat(imports).as("Jira renders the panels; the bundle needs no Velocity of its own")
                .doesNotContain("org.apache.velocity", "picocli");
    }

    @Test
    void carriesThePluginKeyAndSpringContextThatMakeItTransformerless() {
        Attributes manifest = PluginJar.manifest();

        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(PLUGIN_KEY);
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(manifest.getValue("Atlassian-Build-Date"))
                .matches(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{4}"));
    }

    @Test
    void exportsNothing() {
        assertThat(PluginJar.manifest().getValue("Export-Package")).isNullOrEmpty();
    }

    @Test
    void embedsDroolsAndJacksonOnTheBundleClassPath() throws IOException {
        List<String> classPath = Arrays.asList(PluginJar.manifest().getValue("Bundle-ClassPath").split(","));

        assertThat(classPath).startsWith(".");
        assertThat(classPath).anyMatch(entry -> entry.matches("META-INF/lib/drools-compiler-.*\\.jar"));
        assertThat(classPath).anyMatch(entry -> entry.matches("META-INF/lib/jackson-databind-.*\\.jar"));
        assertThat(entryNames()).containsAll(classPath.subList(1, classPath.size()));
    }

    @Test
    void importsJiraPackagesAndNotTheJdk() {
        String imports = PluginJar.manifest().getValue("Import-Package");

        assertThat(imports).contains("com.atlassian.jira.bc.issue.search", "com.atlassian.plugin.web",
                "com.atlassian.sal.api.xsrf", "com.atlassian.sal.api.message", JiraLine.enterpriseNamespace() + ".inject");
        assertThat(imports).doesNotContain("java.lang");
        assertThat(PluginJar.manifest().getValue("Require-Capability")).isNull();
    }

    @Test
    void importsTheServletRestAndInjectionApisOfItsJiraOnly() {
        String imports = PluginJar.manifest().getValue("Import-Package");

        if (JiraLine.isJira11()) {
            assertThat(imports).contains("jakarta.servlet.http;version=\"[6.0,7)\"", "jakarta.ws.rs;version=\"[3.1,4)\"",
                    "jakarta.inject;version=\"[2.0,3)\"");
            assertThat(imports).doesNotContain("javax.servlet", "javax.ws.rs", "javax.inject");
        } else {
            assertThat(imports).contains("javax.servlet.http", "javax.ws.rs", "javax.inject");
            assertThat(imports).doesNotContain("jakarta.servlet", "jakarta.ws.rs", "jakarta.inject");
        }
    }

    @Test
    void ourClassesReferenceOnlyTheServletRestAndInjectionApisOfItsJira() throws IOException {
        List<String> foreign = JiraLine.isJira11()
                ? List.of("javax/servlet/", "javax/ws/rs/", "javax/inject/")
                : List.of("jakarta/servlet/", "jakarta/ws/rs/", "jakarta/inject/");
        List<String> referencing = new ArrayList<>();
        try (JarFile jar = new JarFile(PluginJar.path().toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> e.getName().startsWith("com/okradvisor/")
                    && e.getName().endsWith(".class")).toList()) {
                // type names stand in a class file's constant pool as UTF-8, '/'-separated
                String constants = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                foreign.stream().filter(constants::contains).forEach(name -> referencing.add(entry.getName() + " -> " + name));
            }
        }

        assertThat(referencing).isEmpty();
        assertThat(entryNames()).contains("com/okradvisor/jira/OkrAdminServlet.class", "com/okradvisor/jira/OkrProjectServlet.class",
                "com/okradvisor/jira/IsLoggedInCondition.class", "com/okradvisor/jira/rest/ObjectiveResource.class");
    }

    @Test
    void shipsTheDescriptorAtTheRootAndTheRulesUnderRules() throws IOException {
        assertThat(entryNames()).contains("atlassian-plugin.xml", "rules/structure.drl", "templates/project/project.vm",
                "META-INF/spring/plugin-context.xml", "META-INF/plugin-components/component",
                "META-INF/plugin-components/imports");
    }

    private static List<String> entryNames() throws IOException {
        try (JarFile jar = new JarFile(PluginJar.path().toFile())) {
            return jar.stream().map(JarEntry::getName).toList();
        }
    }
}
