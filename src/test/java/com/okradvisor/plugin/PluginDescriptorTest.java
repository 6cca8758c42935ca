package com.okradvisor.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.okradvisor.jira.CoachCondition;
import com.okradvisor.model.ObjectiveKind;
import com.okradvisor.advisor.RuleIncident;
import com.okradvisor.model.Severity;
import com.okradvisor.progress.Health;
import com.okradvisor.testing.JiraLine;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Everything {@code atlassian-plugin.xml} names exists, and it says what Jira needs to hear: on the
 * Jira 10.3 classes, and again on the Jira 11.3 classes in failsafe's {@code jira11} run ({@link JiraLine}).
 */
class PluginDescriptorTest {

    /** Where Jira 10 places web panels on the view-issue page (docs/jira-api.md, "What the descriptor and the code must say to Jira"). */
    private static final Set<String> JIRA_10_PANEL_LOCATIONS =
            Set.of("atl.jira.view.issue.right.context", "atl.jira.view.issue.left.context");

    /** Where REST v2 looks for the access annotation every resource needs (docs/jira-api.md, "What the descriptor and the code must say to Jira"). */
    private static final String REST_V2_ACCESS_ANNOTATIONS = "com.atlassian.plugins.rest.api.security.annotation";

    private final PluginDescriptor descriptor = PluginDescriptor.load();

    @Test
    void carriesThePluginKeyThatTheManifestRepeats() {
        assertThat(descriptor.root().getAttribute("key")).isEqualTo("com.okradvisor.okr-advisor");
        assertThat(descriptor.root().getAttribute("plugins-version")).isEqualTo("2");
    }

    @Test
    void declaresVendorVersionIconsAndDataCenterCompatibility() {
        assertThat(descriptor.all("version")).singleElement()
                .satisfies(version -> assertThat(version.getTextContent()).matches("\\d+\\.\\d+\\.\\d+.*"));
        assertThat(descriptor.attributes("vendor", "name")).containsExactly("OKR Advisor");
        assertThat(params()).contains("plugin-icon=images/okr-icon.png", "plugin-logo=images/okr-logo.png",
                "atlassian-data-center-status=compatible", "atlassian-data-center-compatible=true");
        assertThat(params()).anyMatch(param -> param.startsWith("configure.url=/"));
    }

    @Test
    void namesOnlyContextProvidersAndConditionsThatExist() throws ClassNotFoundException {
        for (String name : descriptor.attributes("context-provider", "class")) {
            assertThat(ContextProvider.class).isAssignableFrom(Class.forName(name));
        }
        for (String name : descriptor.attributes("condition", "class")) {
            assertThat(Condition.class).isAssignableFrom(Class.forName(name));
        }
    }

    @Test
    void namesOnlyTemplatesAndResourcesThatShipInTheJar() {
        List<String> locations = descriptor.attributes("resource", "location");

        assertThat(locations).contains("templates/panels/objective.vm", "templates/panels/key-result.vm");
        for (Element resource : descriptor.all("resource")) {
            String location = resource.getAttribute("location");
            // an i18n resource names a resource bundle, dotted as Atlassian's own apps write it
            String path = resource.getAttribute("type").equals("i18n") ? location.replace('.', '/') + ".properties" : location;
            assertThat(getClass().getClassLoader().getResource(path)).as(location).isNotNull();
        }
        assertThat(descriptor.attributes("resource", "location")).contains("i18n.okr-advisor");
        assertThat(getClass().getClassLoader().getResource("images/okr-icon.png")).isNotNull();
        assertThat(getClass().getClassLoader().getResource("images/okr-logo.png")).isNotNull();
    }

    @Test
    void placesPanelsOnlyAtJira10LocationsAndThePageOfTheProjectSidebarsItem() {
        String pluginKey = descriptor.all("atlassian-plugin").get(0).getAttribute("key");
        Element sidebarItem = descriptor.all("web-item").stream()
                .filter(item -> "jira.project.sidebar.plugins.navigation".equals(item.getAttribute("section"))).findFirst().orElseThrow();
        String sidebarPage = pluginKey + ":" + sidebarItem.getAttribute("key");

        assertThat(descriptor.attributes("web-panel", "location")).isNotEmpty()
                .allMatch(location -> JIRA_10_PANEL_LOCATIONS.contains(location) || location.equals(sidebarPage))
                .contains(sidebarPage);
        assertThat(sidebarItem.getElementsByTagName("link").item(0).getTextContent().strip())
                .as("the item opens its web-panel in the project-centric view")
                .isEqualTo("/projects/$pathEncodedProjectKey?selectedItem=" + sidebarPage);
    }

    @Test
    void givesEveryPanelAConditionAndAContextProvider() {
        for (Element panel : descriptor.all("web-panel")) {
            assertThat(panel.getElementsByTagName("condition").getLength()).as(panel.getAttribute("key")).isEqualTo(1);
            assertThat(panel.getElementsByTagName("context-provider").getLength()).as(panel.getAttribute("key")).isEqualTo(1);
        }
    }

    @Test
    void showsTheCoachViewsNavigationItemOnlyToThoseWhoMayOpenIt() {
        assertThat(descriptor.all("web-item")).filteredOn(item -> item.getAttribute("key").equals("okr-advisor-coach-link"))
                .singleElement().satisfies(item -> {
                    assertThat(item.getAttribute("section")).isEqualTo("system.top.navigation.bar");
                    assertThat(PluginDescriptor.elements(item.getElementsByTagName("condition")))
                            .extracting(condition -> condition.getAttribute("class"))
                            .containsExactly(CoachCondition.class.getName());
                });
    }

    @Test
    void usesOnlyI18nKeysTheBundleDefines() throws IOException {
        Properties texts = i18n();
        List<String> keys = new ArrayList<>(descriptor.attributes("label", "key"));
        keys.addAll(descriptor.attributes("description", "key"));
        for (String key : PanelTemplates.i18nKeys()) {
            keys.addAll(expand(key));
        }

        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(texts).as(key).containsKey(key));
    }

    @Test
    void allowListsExactlyTheViewModelMethodsTheTemplatesCallInOrder() {
        List<List<String>> lists = descriptor.all("velocity-allowlist").stream()
                .map(list -> PluginDescriptor.elements(list.getElementsByTagName("method")).stream()
                        .map(method -> method.getTextContent().strip())
                        .toList())
                .toList();
        List<String> allowed = lists.stream().flatMap(List::stream).toList();

        assertThat(lists).allSatisfy(list -> assertThat(list).isSorted());
        assertThat(allowed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(allowed)).isEqualTo(PanelTemplates.calledMethods());
    }

    @Test
    void servesRestPackagesWhoseEveryResourceMethodCarriesAnAccessAnnotation() throws Exception {
        List<Element> modules = descriptor.all("rest");
        assertThat(modules).singleElement().satisfies(rest -> {
            assertThat(rest.getAttribute("path")).isEqualTo("/okr-advisor");
            assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        });

        Class<? extends Annotation> path = JiraLine.enterpriseType("ws.rs.Path");
        Class<? extends Annotation> httpMethod = JiraLine.enterpriseType("ws.rs.HttpMethod");
        List<Method> resourceMethods = new ArrayList<>();
        for (String restPackage : descriptor.all("package").stream().map(element -> element.getTextContent().strip()).toList()) {
            for (Class<?> type : classesIn(restPackage)) {
                if (type.isAnnotationPresent(path)) {
                    Arrays.stream(type.getMethods())
                            .filter(method -> Arrays.stream(method.getAnnotations())
                                    .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(httpMethod)))
                            .forEach(resourceMethods::add);
                }
            }
        }

        assertThat(resourceMethods).isNotEmpty().allSatisfy(method -> assertThat(Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getPackageName()))
                .as(method.toString()).contains(REST_V2_ACCESS_ANNOTATIONS));
    }

    /** Every class the app compiles into {@code packageName}, nested ones included. */
    private static List<Class<?>> classesIn(String packageName) throws Exception {
        var folder = Paths.get(Health.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(packageName.replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                classes.add(Class.forName(packageName + "." + name.substring(0, name.length() - ".class".length())));
            }
        }
        return classes;
    }

    /** A key built from a health, a kind or a severity stands for one key per value. */
    private static List<String> expand(String key) {
        if (key.startsWith("okr.health.$")) {
            return Arrays.stream(Health.values()).map(health -> "okr.health." + health.key()).toList();
        }
        if (key.startsWith("okr.kind.$")) {
            return Arrays.stream(ObjectiveKind.values()).map(kind -> "okr.kind." + kind.key()).toList();
        }
        if (key.endsWith(".$incident.kindKey")) {
            return Arrays.stream(RuleIncident.Kind.values()).map(kind -> "okr.admin.rules.incident." + kind.key()).toList();
        }
        if (key.endsWith(".severityKey")) {
            return Arrays.stream(Severity.values())
                    .map(severity -> "okr.severity." + severity.name().toLowerCase(Locale.ROOT)).toList();
        }
        return List.of(key);
    }

    private List<String> params() {
        return descriptor.all("param").stream()
                .map(param -> param.getAttribute("name") + "=" + param.getTextContent().strip())
                .toList();
    }

    private static Properties i18n() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = PluginDescriptorTest.class.getClassLoader().getResourceAsStream("i18n/okr-advisor.properties")) {
            texts.load(in);
        }
        return texts;
    }
}
