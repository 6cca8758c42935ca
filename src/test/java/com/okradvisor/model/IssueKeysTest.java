package com.okradvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IssueKeysTest {

    /** The order {@link IssueKeys} documents, written the plain way: project text, then number, then the whole text. */
    private static final Comparator<String> BY_PROJECT_THEN_NUMBER = Comparator
            .comparing((String key) -> key.lastIndexOf('-') < 0 ? key : key.substring(0, key.lastIndexOf('-')))
            .thenComparingLong(IssueKeysTest::number)
            .thenComparing(Comparator.naturalOrder());

    @Test
    void sortsByProjectThenNumber() {
        List<String> keys = new ArrayList<>(List.of("GRO-10", "MOB-1", "GRO-2", "GRO-X", "A-B-3", "GRO", "GRO-02"));

        keys.sort(IssueKeys.ORDER);

        assertThat(keys).containsExactly("A-B-3", "GRO", "GRO-X", "GRO-02", "GRO-2", "GRO-10", "MOB-1");
    }

    @Property
    void ordersAnyTwoKeysAsTheDefinitionDoes(
            @ForAll @StringLength(max = 24) @Chars({'A', 'B', 'a', '-', '0', '1', '9', '٣', 'É'}) String first,
            @ForAll @StringLength(max = 24) @Chars({'A', 'B', 'a', '-', '0', '1', '9', '٣', 'É'}) String second) {
        assertThat(Integer.signum(IssueKeys.ORDER.compare(first, second)))
                .isEqualTo(Integer.signum(BY_PROJECT_THEN_NUMBER.compare(first, second)));
    }

    private static long number(String key) {
        String digits = key.substring(key.lastIndexOf('-') + 1);
        boolean plain = key.contains("-") && !digits.isEmpty() && digits.length() <= 18
                && digits.chars().allMatch(Character::isDigit);
        return plain ? Long.parseLong(digits) : 0;
    }
}
