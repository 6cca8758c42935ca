package com.okradvisor.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.jira.OkrPanels;
import com.okradvisor.testing.JiraLine;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Spring Scanner index files we write by hand agree with the annotated classes: Jira's scanner
 * runtime builds the plugin's Spring context from these files alone, and an entry it cannot load is
 * skipped with only a warning. Checked on the Jira 10.3 classes, and again on the Jira 11.3 classes in
 * failsafe's {@code jira11} run ({@link JiraLine}).
 */
class SpringScannerIndexTest {

    private static final Class<? extends Annotation> NAMED = JiraLine.enterpriseType("inject.Named");
    private static final Class<? extends Annotation> INJECT = JiraLine.enterpriseType("inject.Inject");

    @Test
    void indexesEveryNamedClassAsAComponentAndNothingElse() throws Exception {
        assertThat(index("component")).isSorted().containsExactlyElementsOf(
                new TreeSet<>(appClasses().stream().filter(type -> type.isAnnotationPresent(NAMED)).map(Class::getName).toList()));
    }

    @Test
    void importsExactlyTheJiraServicesTheComponentsReceive() throws Exception {
        Set<String> received = new TreeSet<>();
        for (Class<?> type : appClasses()) {
            for (Constructor<?> constructor : injectConstructors(type)) {
                Arrays.stream(constructor.getParameterTypes()).map(Class::getName)
                        .filter(name -> name.startsWith("com.atlassian.")).forEach(received::add);
            }
        }

        assertThat(index("imports")).isSorted().containsExactlyElementsOf(received);
    }

    @Test
    void namesEveryClassWithAnInjectConstructorAndGivesItExactlyOne() throws Exception {
        for (Class<?> type : appClasses()) {
            if (!injectConstructors(type).isEmpty()) {
                assertThat(type.isAnnotationPresent(NAMED)).as(type.getName()).isTrue();
                assertThat(injectConstructors(type)).as(type.getName()).hasSize(1);
            }
        }
    }

    @Test
    void letsTheScannerReadTheIndexes() throws IOException {
        assertThat(resource("META-INF/spring/plugin-context.xml"))
                .contains("xmlns:atlassian-scanner=\"http://www.atlassian.com/schema/atlassian-scanner/2\"")
                .contains("<atlassian-scanner:scan-indexes/>");
    }

    private static List<Constructor<?>> injectConstructors(Class<?> type) {
        return Arrays.stream(type.getDeclaredConstructors()).filter(c -> c.isAnnotationPresent(INJECT)).toList();
    }

    /** The scanner reads every line as an entry, blank ones too; so there must be none. */
    private static List<String> index(String name) throws IOException {
        List<String> entries = resource("META-INF/plugin-components/" + name).lines().toList();
        assertThat(entries).as(name).allMatch(entry -> entry.matches("[\\w.$]+"));
        return entries;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SpringScannerIndexTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every class the app compiles, from the folder its classes were compiled to. */
    private static List<Class<?>> appClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Paths.get(OkrPanels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(root.resolve("com/okradvisor"))) {
            names = files.map(root::relativize).map(Path::toString).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).toList();
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            classes.add(Class.forName(name, false, SpringScannerIndexTest.class.getClassLoader()));
        }
        return classes;
    }
}
