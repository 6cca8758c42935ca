package com.okradvisor.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.Issue;
import com.okradvisor.testing.JiraLine;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Each plugin jar in Apache Felix, Jira's own OSGi framework (docs/jira-api.md, "How the jars are
 * proven"): beside a host bundle that exports what its Jira exports, on the Java its Jira runs, it must
 * resolve, start, and run the rules through its own class loader while the thread's context class
 * loader cannot see Drools, as inside Jira.
 */
class PluginInFelixIT {

    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);

    private Felix felix;
    private Bundle plugin;

    /** Jira 11 runs only on Java 21 or later; Jira 10.3 on 17 or 21. */
    private static final int JIRA_11_JAVA = 21;

    @BeforeAll
    static void onAJavaTheJarsJiraRuns() {
        Assumptions.assumeTrue(!JiraLine.isJira11() || Runtime.version().feature() >= JIRA_11_JAVA,
                "the Jira 11 jar is proven on Java 21 or later: set JAVA21_HOME (see README)");
    }

    @BeforeEach
    void installHostAndPluginInFelix() throws Exception {
        Path work = Files.createDirectories(Paths.get("target", "felix-jira" + (JiraLine.isJira11() ? "11" : "10")));
        felix = new Felix(Map.of(
                Constants.FRAMEWORK_STORAGE, work.resolve("cache").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                // Felix would otherwise answer a class the bundle lacks from the test's own class path
                // when the request comes through reflection; Jira's class path has no Drools or Velocity.
                "felix.bootdelegation.implicit", "false"));
        felix.start();
        BundleContext context = felix.getBundleContext();
        String namespace = JiraLine.enterpriseNamespace();
        Path host = HostBundle.write(work.resolve("jira-host.jar"), JiraLine.isJira11() ? "11.3.0" : "10.3.0", Issue.class,
                Class.forName(namespace + ".inject.Inject"), Class.forName(namespace + ".servlet.http.HttpServlet"),
                Class.forName(namespace + ".ws.rs.core.Response"), org.slf4j.Logger.class);
        context.installBundle(host.toUri().toString()).start();
        plugin = context.installBundle(PluginJar.path().toUri().toString());
    }

    @AfterEach
    void stopFelix() throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
    }

    @Test
    void runsOnAJavaItsJiraRuns() {
        assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(JiraLine.isJira11() ? JIRA_11_JAVA : 17);
    }

    @Test
    void resolvesAndStartsBesideTheHost() throws Exception {
        plugin.start();

        assertThat(plugin.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(plugin.getSymbolicName()).isEqualTo("com.okradvisor.okr-advisor");
    }

    @Test
    void loadsEveryClassTheDescriptorAndTheScannerIndexesNameThroughTheBundle() throws Exception {
        plugin.start();
        List<String> named = new ArrayList<>();
        Matcher className = Pattern.compile("class=\"([\\w.]+)\"").matcher(entry("atlassian-plugin.xml"));
        while (className.find()) {
            named.add(className.group(1));
        }
        named.addAll(entry("META-INF/plugin-components/component").lines().toList());
        named.addAll(entry("META-INF/plugin-components/imports").lines().toList());

        Matcher allowListed = Pattern.compile("<method>([\\w.]+)#").matcher(entry("atlassian-plugin.xml"));
        while (allowListed.find()) {
            named.add(allowListed.group(1));
        }

        assertThat(named).hasSizeGreaterThan(10);
        for (String name : named.stream().distinct().toList()) {
            assertThat(linked(plugin.loadClass(name))).as(name).isNotNull();
        }
    }

    /**
     * {@code type} initialised and with every member's signature resolved, so a class that needs a
     * library the bundle does not carry (Velocity, picocli) fails here rather than in Jira.
     */
    private static Class<?> linked(Class<?> type) throws ClassNotFoundException {
        Class<?> initialised = Class.forName(type.getName(), true, type.getClassLoader());
        initialised.getDeclaredMethods();
        initialised.getDeclaredFields();
        initialised.getDeclaredConstructors();
        return initialised;
    }

    @Test
    void evaluatesAPortfolioThroughTheBundleClassLoaderWhileTheContextLoaderCannotSeeDrools() throws Exception {
        plugin.start();
        Class<?> advisorType = plugin.loadClass("com.okradvisor.advisor.Advisor");
        assertThat(advisorType.getClassLoader()).isNotSameAs(getClass().getClassLoader());

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(blind);
            List<?> findings = evaluate(advisorType, objectiveWithoutKeyResults("OKR-1"));

            assertThat(findings).extracting(Object::toString).anyMatch(finding -> finding.contains("OKR-1"));
            assertThat(thread.getContextClassLoader()).isSameAs(blind);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private String entry(String path) throws IOException {
        try (InputStream in = plugin.getEntry(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<?> evaluate(Class<?> advisorType, Object portfolio) throws Exception {
        Object advisor = advisorType.getMethod("load", ClassLoader.class).invoke(null, advisorType.getClassLoader());
        Class<?> settingsType = plugin.loadClass("com.okradvisor.advisor.AdvisorSettings");
        Object defaults = settingsType.getField("DEFAULTS").get(null);
        Method evaluate = advisorType.getMethod("evaluate", portfolio.getClass(), settingsType, LocalDate.class);
        return (List<?>) evaluate.invoke(advisor, portfolio, defaults, AS_OF);
    }

    /** A portfolio built from the bundle's own model classes: one objective with no key results. */
    private Object objectiveWithoutKeyResults(String key) throws Exception {
        Class<?> issueType = plugin.loadClass("com.okradvisor.model.Issue");
        Class<?> statusType = plugin.loadClass("com.okradvisor.model.StatusCategory");
        Object inProgress = statusType.getMethod("valueOf", String.class).invoke(null, "IN_PROGRESS");
        Object issue = issueType.getConstructors()[0].newInstance(key, "Grow revenue in new markets", "OKR",
                Optional.of("Ana Silva"), inProgress, LocalDate.of(2026, 3, 25), Optional.of(LocalDate.of(2026, 6, 30)),
                Optional.empty());
        Class<?> objectiveType = plugin.loadClass("com.okradvisor.model.Objective");
        Class<?> kindType = plugin.loadClass("com.okradvisor.model.ObjectiveKind");
        Object unknown = kindType.getMethod("valueOf", String.class).invoke(null, "UNKNOWN");
        Object objective = objectiveType.getConstructor(issueType, List.class, List.class, kindType, boolean.class)
                .newInstance(issue, List.of(), List.of(), unknown, true);
        Class<?> portfolioType = plugin.loadClass("com.okradvisor.model.Portfolio");
        return portfolioType.getConstructor(List.class, List.class).newInstance(List.of(objective), List.of());
    }
}
