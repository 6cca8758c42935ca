package com.okradvisor.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okradvisor.model.Severity;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coach's filters read from a URL's query, refused with the parameter named, and written back. */
class FindingFilterTest {

    @Test
    void readsEveryFilterAndWritesTheSameQueryBackInAFixedOrder() {
        FindingFilter filter = FindingFilter.parse(Map.of("project", List.of("MOB", "GRO"), "severity", List.of("major"),
                "owner", List.of("Ana Silva"), "cycle", List.of("2026-Q2"), "rule", List.of("kr-unmeasurable"),
                "group", List.of("rule"), "page", List.of("3"), "pageSize", List.of("20")), Set.of());

        assertThat(filter.projects()).containsExactlyInAnyOrder("GRO", "MOB");
        assertThat(filter.severities()).containsExactly(Severity.MAJOR);
        assertThat(filter.grouping()).isEqualTo(FindingFilter.Grouping.RULE);
        assertThat(filter.page()).isEqualTo(3);
        assertThat(filter.query(3)).isEqualTo("project=GRO&project=MOB&rule=kr-unmeasurable&severity=MAJOR&cycle=2026-Q2"
                + "&owner=Ana+Silva&group=rule&pageSize=20&page=3");
        assertThat(FindingFilter.parse(Map.of(), Set.of())).isEqualTo(FindingFilter.ALL);
        assertThat(FindingFilter.ALL.query(1)).isEmpty();
    }

    @Test
    void encodesHostileValuesInTheQuery() {
        FindingFilter filter = FindingFilter.parse(Map.of("owner", List.of("<script>&x=\"1\"")), Set.of());

        assertThat(filter.query(1)).isEqualTo("owner=%3Cscript%3E%26x%3D%221%22");
    }

    @Test
    void refusesWhatIsNoFilterNamingTheParameter() {
        assertRefused(Map.of("colour", List.of("red")), "colour");
        assertRefused(Map.of("severity", List.of("urgent")), "severity");
        assertRefused(Map.of("group", List.of("team")), "group");
        assertRefused(Map.of("page", List.of("0")), "page");
        assertRefused(Map.of("page", List.of("1e3")), "page");
        assertRefused(Map.of("page", List.of("99999999999")), "page");
        assertRefused(Map.of("pageSize", List.of("201")), "pageSize");
        assertRefused(Map.of("page", List.of("1", "2")), "page");
        assertRefused(Map.of("owner", List.of("x".repeat(256))), "owner");
        assertRefused(Map.of("project", Collections.nCopies(101, "GRO")), "project");
        assertThat(FindingFilter.parse(Map.of("export", List.of("csv")), Set.of("export"))).isEqualTo(FindingFilter.ALL);
    }

    private static void assertRefused(Map<String, List<String>> parameters, String parameter) {
        assertThatThrownBy(() -> FindingFilter.parse(parameters, Set.of()))
                .isInstanceOfSatisfying(FindingFilter.FilterException.class,
                        refused -> assertThat(refused.parameter()).isEqualTo(parameter))
                .hasMessageStartingWith(parameter + " ");
    }
}
