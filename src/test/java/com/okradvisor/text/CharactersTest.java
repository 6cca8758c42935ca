package com.okradvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharactersTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void cutsBetweenCodePointsNeverInsideASurrogatePair() {
        String text = "ab" + EMOJI + "cd";

        String cut = Characters.cut(text, 3);

        assertThat(cut).isEqualTo("ab…");
        assertThat(Characters.cut(text, 4)).isEqualTo("ab" + EMOJI + "…");
        assertThat(new String(Characters.cut(text, 4).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .as("what it cuts encodes as UTF-8 and back").isEqualTo("ab" + EMOJI + "…");
    }

    @Test
    void leavesTextThatFitsAlone() {
        assertThat(Characters.cut("ab" + EMOJI, 3)).isEqualTo("ab" + EMOJI);
    }

    @Test
    void neutralisesWhatATerminalWouldObey() {
        String windowTitle = "\u001B]0;pwned\u0007";
        String clearScreen = "\u001B[2J";
        String clipboard = "\u009D52;c;ZXZpbA==\u009C";

        String printable = Characters.printable("a" + windowTitle + clearScreen + clipboard + "\u007F\tb\nc");

        assertThat(printable).doesNotContain("\u001B", "\u0007", "\u009D", "\u009C", "\u007F", "\t", "\n")
                .startsWith("a\uFFFD]0;pwned\uFFFD\uFFFD[2J\uFFFD52;c;ZXZpbA==\uFFFD\uFFFD\uFFFDb\uFFFDc");
    }

    @Test
    void neutralisesBidiOverridesAndIsolatesAndLoneSurrogates() {
        String text = "\u202Aa\u202Eb\u2066c\u2069d\uD83De";

        assertThat(Characters.printable(text)).isEqualTo("\uFFFDa\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    }

    @Test
    void keepsLettersOfAnyScriptEmojiAndMarks() {
        String text = "Zoë 日本 " + EMOJI + " a\u200Db → 45 %";

        assertThat(Characters.printable(text)).isSameAs(text);
    }
}
