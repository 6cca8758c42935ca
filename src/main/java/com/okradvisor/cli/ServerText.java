package com.okradvisor.cli;

import com.okradvisor.text.Characters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Text a Jira server sent (an error body, a redirect's target, a parser's complaint about a page),
 * made fit for a message: the token removed in every form a server could echo it in, control
 * characters and bidi overrides neutralised, and cut short. A hostile or broken server decides this
 * text, so nothing of it reaches the terminal unchecked.
 */
final class ServerText {

    /** Code points of server text a message shows at most. */
    static final int MAX_LENGTH = 200;
    static final String REDACTED = "[token]";
    /** Bytes of a body looked at; the rest could only be cut off anyway. */
    private static final int MAX_BYTES = 16 * 1024;

    private final List<String> secrets;

    private ServerText(List<String> secrets) {
        this.secrets = secrets;
    }

    /** Text that never shows {@code token}, raw, URL-encoded, JSON-escaped or in the Basic form of {@code user:token}. */
    static ServerText hiding(String token, String user) {
        List<String> secrets = new ArrayList<>();
        if (!token.isEmpty()) {
            secrets.add(token);
            secrets.add(URLEncoder.encode(token, StandardCharsets.UTF_8));
            secrets.add(token.replace("/", "\\/"));
            if (user != null) {
                String basic = Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
                secrets.add(basic);
                secrets.add(basic.replace("/", "\\/"));
            }
        }
        return new ServerText(List.copyOf(secrets));
    }

    /** The start of {@code body} as UTF-8 text, fit for a message. */
    String quote(byte[] body) {
        int length = Math.min(body.length, MAX_BYTES);
        String text = redact(new String(body, 0, length, StandardCharsets.UTF_8));
        if (length < body.length) {
            // A secret cut in two at the end would survive redaction as a prefix: drop that much.
            int longest = secrets.stream().mapToInt(String::length).max().orElse(0);
            text = text.substring(0, Math.max(0, text.length() - longest)) + " …";
        }
        return Characters.cut(neutralise(text), MAX_LENGTH);
    }

    /** {@code text} fit for a message. */
    String quote(String text) {
        return Characters.cut(neutralise(redact(text)), MAX_LENGTH);
    }

    private String redact(String text) {
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, REDACTED);
        }
        return redacted;
    }

    /** Control, format (bidi overrides, zero-width) and separator characters become a space; runs of spaces one. */
    private static String neutralise(String text) {
        StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_BYTES));
        text.codePoints().forEach(codePoint -> {
            int type = Character.getType(codePoint);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE;
            boolean space = hidden || Character.isWhitespace(codePoint);
            if (!space) {
                clean.appendCodePoint(codePoint);
            } else if (clean.length() > 0 && clean.charAt(clean.length() - 1) != ' ') {
                clean.append(' ');
            }
        });
        return clean.toString().strip();
    }
}
