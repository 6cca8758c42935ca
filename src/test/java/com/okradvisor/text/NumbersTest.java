package com.okradvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one number formatter: what rule messages, views, reports and REST answers write. */
class NumbersTest {

    @ParameterizedTest
    @CsvSource({"45.0, 45", "99.90, 99.9", "26000, 26000", "0.5, 0.5", "2.3456, 2.346", "-3, -3", "0.0004, 0"})
    void writesANumberWithoutNeedlessDecimalsAndAtMostThree(double value, String written) {
        assertThat(Numbers.number(value)).isEqualTo(written);
    }

    @Test
    void writesANumberThatIsNotFiniteAsJavaDoesInsteadOfFailing() {
        assertThat(Numbers.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.number(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }

    @Test
    void putsACurrencyFirstPercentRightAfterAndAnyOtherUnitAfterASpace() {
        assertThat(Numbers.amount(26000, "$")).isEqualTo("$26000");
        assertThat(Numbers.amount(12.5, "€")).isEqualTo("€12.5");
        assertThat(Numbers.amount(45, "%")).isEqualTo("45%");
        assertThat(Numbers.amount(2, "s")).isEqualTo("2 s");
        assertThat(Numbers.amount(3, "$€")).as("only one currency symbol is a currency").isEqualTo("3 $€");
        assertThat(Numbers.amount(12, "")).isEqualTo("12");
        assertThat(Numbers.amount(12, null)).isEqualTo("12");
    }

    @Test
    void writesASharePercentForTextUnclampedAndForABarClamped() {
        assertThat(Numbers.share(0.423)).isEqualTo("42%");
        assertThat(Numbers.share(1.3)).isEqualTo("130%");
        assertThat(Numbers.percent(1.3)).isEqualTo(100);
        assertThat(Numbers.percent(-0.2)).isZero();
        assertThat(Numbers.percent(0.605)).isEqualTo(61);
    }

    @Test
    void writesAConfidenceOutOfTen() {
        assertThat(Numbers.confidence(7)).isEqualTo("7/10");
    }

    @Test
    void theRulesMessageFunctionsWriteWhatTheViewsWrite() {
        for (String unit : new String[] {"$", "%", "s", "", "users"}) {
            for (double value : new double[] {26000, 0.125, 99.9, 4.0004}) {
                assertThat(Texts.amount(value, unit)).isEqualTo(Numbers.amount(value, unit));
            }
        }
        assertThat(Texts.number(99.90)).isEqualTo(Numbers.number(99.90));
        assertThat(Texts.percent(0.423)).isEqualTo(Numbers.share(0.423));
    }
}
