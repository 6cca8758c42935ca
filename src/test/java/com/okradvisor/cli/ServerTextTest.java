package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ServerTextTest {

    private static final String TOKEN = "p4t/abc+def";
    private final ServerText text = ServerText.hiding(TOKEN, "ann@example.com");

    @Test
    void hidesTheTokenRawUrlEncodedJsonEscapedAndInItsBasicForm() {
        String basic = Base64.getEncoder().encodeToString(("ann@example.com:" + TOKEN).getBytes(StandardCharsets.UTF_8));

        String quoted = text.quote("raw " + TOKEN + " url p4t%2Fabc%2Bdef json p4t\\/abc+def basic Basic " + basic);

        assertThat(quoted).isEqualTo("raw [token] url [token] json [token] basic Basic [token]");
    }

    @Test
    void turnsControlCharactersAndBidiOverridesIntoSpaces() {
        assertThat(text.quote("a\u001b]0;title\u0007b\r\nc\u202ed\u2066e\u0085f")).isEqualTo("a ]0;title b c d e f");
    }

    @Test
    void cutsLongTextOnACodePointBoundary() {
        String quoted = text.quote("x".repeat(ServerText.MAX_LENGTH - 1) + "😀😀😀");

        assertThat(quoted).isEqualTo("x".repeat(ServerText.MAX_LENGTH - 1) + "…");
    }

    @Test
    void dropsAPieceOfTheTokenThatTheLookedAtStartOfALongBodyCutsInTwo() {
        byte[] body = (" ".repeat(16 * 1024 - 4) + TOKEN + "tail").getBytes(StandardCharsets.UTF_8);

        assertThat(text.quote(body)).isEqualTo("…").doesNotContain("p4t");
    }
}
