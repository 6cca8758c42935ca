package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JqlTest {

    @Test
    void dropsTheOrderByClause() {
        assertThat(Jql.restriction("project = MOB ORDER BY created DESC")).isEqualTo("project = MOB");
    }

    @Test
    void keepsAnOrderByInsideAQuotedValue() {
        assertThat(Jql.restriction("summary ~ \"order by \\\"date\\\"\" order by key"))
                .isEqualTo("summary ~ \"order by \\\"date\\\"\"");
        assertThat(Jql.isUnbounded("summary ~ 'ORDER BY'")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ORDER BY key", "order  by created DESC", " Order By rank"})
    void findsAQueryWithoutConditionUnbounded(String jql) {
        assertThat(Jql.isUnbounded(jql)).isTrue();
    }
}
