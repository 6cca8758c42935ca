package com.okradvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordingTest {

    /** What a word is, as a pattern: the definition the scanner must keep. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.%$€£-]*");

    @Test
    void findsTheActivityVerbATextStartsWith() {
        assertThat(Wording.activityVerb("Launch the new dashboard")).isEqualTo("launch");
        assertThat(Wording.activityVerb("— SET\tUP weekly demos")).isEqualTo("set up");
        assertThat(Wording.activityVerb("Setup billing")).isEqualTo("setup");
        assertThat(Wording.activityVerb("Addressable market grows 10%")).isEmpty();
        assertThat(Wording.activityVerb("Grow revenue, then launch")).isEmpty();
    }

    @Test
    void findsTheWordsThatOnlyKeepALevel() {
        assertThat(Wording.levelKeeping("Keep customer satisfaction at 92%")).isEqualTo("keep");
        assertThat(Wording.levelKeeping("  MAINTAINING uptime above 99.9%")).isEqualTo("maintain");
        assertThat(Wording.levelKeeping("Hold churn below 2% all quarter")).isEqualTo("hold … below");
        assertThat(Wording.levelKeeping("Holds NPS at 40")).isEqualTo("hold … at");
        assertThat(Wording.levelKeeping("Hold 12 customer interviews")).isEmpty();
        assertThat(Wording.levelKeeping("Raise NPS from 30 to 40 and keep it there")).isEmpty();
        assertThat(Wording.levelKeeping("Keeper retention from 30% to 40%")).isEmpty();
    }

    @Test
    void cutsTextIntoWordsKeepingInnerPunctuation() {
        assertThat(Wording.words("Cut p95 latency by 3.5% — don't ship e-mail bugs; ²½ Ⅻ 𝒳y"))
                .containsExactly("Cut", "p95", "latency", "by", "3.5%", "don't", "ship", "e-mail", "bugs", "²½", "Ⅻ", "𝒳y");
    }

    @Property
    void findsTheWordsThePatternFinds(@ForAll @StringLength(max = 30)
            @Chars({'a', 'Z', 'é', '7', '٣', '½', 'Ⅻ', '\'', '’', '.', '%', '$', '€', '£', '-', ' ', '/', '_', '\uD835', '\uDCB3'})
            String text) {
        List<String> expected = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            expected.add(matcher.group());
        }

        assertThat(Wording.words(text)).isEqualTo(expected);
    }
}
