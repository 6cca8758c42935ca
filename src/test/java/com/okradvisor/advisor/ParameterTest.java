package com.okradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okradvisor.advisor.fact.Thresholds;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The thresholds are declared once, on the components of {@link Thresholds}; settings fill them by name. */
class ParameterTest {

    private static final RecordComponent[] COMPONENTS = Thresholds.class.getRecordComponents();

    @Test
    void theParametersAreTheComponentsOfThresholdsInTheirOrder() {
        assertThat(Parameter.values()).extracting(Parameter::key)
                .containsExactly(Arrays.stream(COMPONENTS).map(RecordComponent::getName).toArray(String[]::new));
    }

    @Test
    void aCountOrDayComponentTakesWholeNumbersOnly() {
        for (RecordComponent component : COMPONENTS) {
            assertThat(Parameter.fromKey(component.getName()).orElseThrow().isWhole()).as(component.getName())
                    .isEqualTo(component.getType() == int.class);
        }
        Parameter staleAfterDays = Parameter.fromKey("staleAfterDays").orElseThrow();
        assertThatThrownBy(() -> AdvisorSettings.DEFAULTS.with(staleAfterDays, 14.5))
                .hasMessage("staleAfterDays must be a whole number, was 14.5");
    }

    @Test
    void eachValueSetByNameLandsInTheComponentOfThatName() throws ReflectiveOperationException {
        for (Parameter parameter : Parameter.values()) {
            Thresholds thresholds = AdvisorSettings.DEFAULTS.with(parameter, parameter.max()).thresholds();
            for (RecordComponent component : COMPONENTS) {
                double expected = component.getName().equals(parameter.key()) ? parameter.max()
                        : Parameter.fromKey(component.getName()).orElseThrow().defaultValue();
                assertThat(((Number) component.getAccessor().invoke(thresholds)).doubleValue())
                        .as("%s with %s at its maximum", component.getName(), parameter.key()).isEqualTo(expected);
            }
        }
    }
}
