package com.okradvisor.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.intake.OkrProperties;
import com.okradvisor.model.CheckIn;
import java.time.LocalDateTime;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The body of {@code POST /keyresults/{key}/checkins}: {@code {"value"?: number, "confidence": 0-10,
 * "note"?: text}}. Fields the API does not know are ignored, so older clients keep working when it grows.
 *
 * @param value the metric's value now, when the author gives one
 * @param confidence how sure the author is of reaching the target, 0 to 10
 * @param note what changed, may be empty
 */
record CheckInRequest(OptionalDouble value, int confidence, String note) {

    /** Long enough for a paragraph; a history of such check-ins still fits the property's size limit. */
    static final int MAX_NOTE_LENGTH = 1000;

    /**
     * Reads and checks the body.
     *
     * @throws RestFailure 400 naming the field: the body is not a JSON object, the confidence is
     *         missing or not a whole number from 0 to 10, the value is not a finite number or exceeds
     *         {@link OkrProperties#MAX_MAGNITUDE} either side of zero, the note is
     *         not text or longer than {@link #MAX_NOTE_LENGTH} characters
     */
    static CheckInRequest parse(String body) {
        JsonNode json = RestJson.object(body, "{\"confidence\": 7}");
        return new CheckInRequest(value(json.get("value")), confidence(json.get("confidence")), note(json.get("note")));
    }

    /** The check-in this request makes, at {@code now}, by {@code author}. */
    CheckIn checkIn(LocalDateTime now, String author) {
        return new CheckIn(now, author, value, OptionalInt.of(confidence), note);
    }

    private static OptionalDouble value(JsonNode value) {
        if (absent(value)) {
            return OptionalDouble.empty();
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw RestFailure.badRequest("value", "value must be a finite number, was " + value);
        }
        OkrProperties.amountProblem(value.doubleValue()).ifPresent(problem -> {
            throw RestFailure.badRequest("value", "value " + problem);
        });
        return OptionalDouble.of(value.doubleValue());
    }

    private static int confidence(JsonNode confidence) {
        if (absent(confidence)) {
            throw RestFailure.badRequest("confidence", "confidence is required: a whole number from 0 to " + CheckIn.MAX_CONFIDENCE);
        }
        double number = confidence.isNumber() ? confidence.doubleValue() : Double.NaN;
        if (number != Math.rint(number) || number < 0 || number > CheckIn.MAX_CONFIDENCE) {
            throw RestFailure.badRequest("confidence",
                    "confidence must be a whole number from 0 to " + CheckIn.MAX_CONFIDENCE + ", was " + confidence);
        }
        return (int) number;
    }

    private static String note(JsonNode note) {
        if (absent(note)) {
            return "";
        }
        if (!note.isTextual()) {
            throw RestFailure.badRequest("note", "note must be text");
        }
        if (note.textValue().length() > MAX_NOTE_LENGTH) {
            throw RestFailure.badRequest("note", "note must be at most " + MAX_NOTE_LENGTH + " characters, was "
                    + note.textValue().length());
        }
        return note.textValue().strip();
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }
}
