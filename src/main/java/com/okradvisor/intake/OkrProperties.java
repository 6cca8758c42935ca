package com.okradvisor.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.okradvisor.model.CheckIn;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.KpiDirection;
import com.okradvisor.model.KpiReading;
import com.okradvisor.model.Metric;
import com.okradvisor.text.Characters;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue entity properties the app reads and writes (docs/design.md, "The OKR model"), from their JSON values to
 * model values and back. A value of the wrong shape is refused with a {@link PropertyException} that
 * names the property and the field; nothing is guessed.
 */
public final class OkrProperties {

    public static final String METRIC = "okr.metric";
    public static final String CHECK_INS = "okr.checkins";
    public static final String KPI = "okr.kpi";
    /** The most characters one property value may hold (Jira's documented limit for issue properties). */
    public static final int MAX_VALUE_LENGTH = 32_768;

    /** The first year a date may fall in: an earlier one is a typo or hostile, and breaks cycle arithmetic. */
    public static final int FIRST_YEAR = 1900;
    /** The last year a date may fall in. */
    public static final int LAST_YEAR = 2200;
    /** The most characters of an offending value a message shows. */
    public static final int MAX_SHOWN = 40;
    /**
     * The largest magnitude of a metric, check-in or KPI number: a trillion covers any real measure, and
     * differences and spans of such numbers stay far from overflowing a double.
     */
    public static final double MAX_MAGNITUDE = 1e12;
    /** The heaviest weight a key result may carry; weights only matter relative to each other. */
    public static final double MAX_WEIGHT = 1000;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Jira writes offsets as {@code +0000}; java.time wants {@code +00:00}. */
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern OFFSET = Pattern.compile("(Z|[+-]\\d{2}:\\d{2})$");

    private OkrProperties() {
    }

    /** Parses a property's JSON text, as Jira stores it. */
    public static JsonNode parse(String property, String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PropertyException(property, "", "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** Reads {@code okr.metric}: {@code {"baseline":n,"target":n,"current":n,"unit":"%","weight":n}}, every field optional. */
    public static MetricProperty metric(JsonNode value) {
        Fields fields = new Fields(METRIC, "", value);
        double weight = fields.number("weight", 0, MAX_WEIGHT).orElse(KeyResult.DEFAULT_WEIGHT);
        Metric metric = new Metric(fields.amount("baseline"), fields.amount("target"), fields.amount("current"),
                fields.text("unit"));
        return new MetricProperty(metric, weight);
    }

    /** Reads {@code okr.checkins}: a list of {@code {"date","author","value","confidence","note"}}; {@code date} is required. */
    public static List<CheckIn> checkIns(JsonNode value) {
        if (!value.isArray()) {
            throw new PropertyException(CHECK_INS, "", "expected a list of check-ins, got " + describe(value));
        }
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            Fields fields = new Fields(CHECK_INS, "[" + i + "]", value.get(i));
            LocalDateTime at = fields.dateTime("date")
                    .orElseThrow(() -> fields.problem("date", "is required"));
            OptionalInt confidence = fields.wholeNumber("confidence", 0, CheckIn.MAX_CONFIDENCE);
            checkIns.add(new CheckIn(at, fields.text("author"), fields.amount("value"), confidence, fields.text("note")));
        }
        return checkIns;
    }

    /** Reads {@code okr.kpi}: {@code {"current":n,"threshold":n,"direction","unit","updated"}}; direction defaults to higher-is-better. */
    public static KpiReading kpiReading(JsonNode value) {
        Fields fields = new Fields(KPI, "", value);
        String directionKey = fields.text("direction");
        KpiDirection direction = directionKey.isEmpty() ? KpiDirection.HIGHER_IS_BETTER
                : KpiDirection.fromKey(directionKey).orElseThrow(() -> fields.problem("direction",
                        "must be higher-is-better or lower-is-better, was \"" + shown(directionKey) + "\""));
        return new KpiReading(fields.amount("current"), fields.amount("threshold"), direction, fields.text("unit"),
                fields.dateTime("updated").map(LocalDateTime::toLocalDate));
    }

    /**
     * {@code okr.checkins} as JSON text, oldest first. When the history would not fit in
     * {@link #MAX_VALUE_LENGTH} characters, the oldest check-ins are dropped, whole, until it does.
     *
     * @throws PropertyException when even the newest check-in alone does not fit
     */
    public static String checkInsJson(List<CheckIn> checkIns) {
        List<ObjectNode> nodes = checkIns.stream().map(OkrProperties::node).toList();
        for (int from = 0; from < nodes.size(); from++) {
            ArrayNode array = MAPPER.createArrayNode().addAll(nodes.subList(from, nodes.size()));
            String json = array.toString();
            if (json.length() <= MAX_VALUE_LENGTH) {
                return json;
            }
        }
        if (nodes.isEmpty()) {
            return "[]";
        }
        throw new PropertyException(CHECK_INS, "[" + (nodes.size() - 1) + "].note",
                "a check-in must fit in " + MAX_VALUE_LENGTH + " characters; shorten the note");
    }

    private static ObjectNode node(CheckIn checkIn) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("date", checkIn.at().toLocalTime().equals(LocalTime.MIDNIGHT)
                ? checkIn.date().toString() : checkIn.at().toString());
        node.put("author", checkIn.author());
        checkIn.value().ifPresent(value -> node.put("value", value));
        checkIn.confidence().ifPresent(confidence -> node.put("confidence", confidence));
        node.put("note", checkIn.note());
        return node;
    }

    /**
     * A date or date-time as Jira writes them: {@code 2026-05-04} (the day's start),
     * {@code 2026-05-04T10:15:00.000+0100} (Jira's offset without a colon), or ISO-8601 with or without
     * offset; the local date and time where it was written.
     *
     * @throws DateTimeParseException when {@code text} is none of these, or falls outside the years
     *         {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     */
    public static LocalDateTime dateTime(String text) {
        LocalDateTime dateTime = anyDateTime(text);
        if (!isInRange(dateTime.toLocalDate())) {
            throw new DateTimeParseException("not in the years " + FIRST_YEAR + " to " + LAST_YEAR, text, 0);
        }
        return dateTime;
    }

    /** True when {@code date} falls in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    public static boolean isInRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    private static LocalDateTime anyDateTime(String text) {
        LocalDateTime plain = plainDateTime(text);
        if (plain != null) {
            return plain;
        }
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay();
        }
        Matcher compactOffset = COMPACT_OFFSET.matcher(text);
        if (compactOffset.find()) {
            return OffsetDateTime.parse(compactOffset.replaceFirst("$1:$2")).toLocalDateTime();
        }
        return OFFSET.matcher(text).find() ? OffsetDateTime.parse(text).toLocalDateTime() : LocalDateTime.parse(text);
    }

    /**
     * {@code 2026-05-04}, {@code 2026-05-04T10:15} or {@code 2026-05-04T10:15:30}, the forms the app writes
     * check-ins in, read digit by digit; null for any other text, or a day or time that does not exist, which
     * the formatters then read or refuse. A portfolio holds hundreds of thousands of check-ins, and the
     * formatters (ISO-8601 with optional parts) took a third of reading one (docs/performance.md).
     */
    private static LocalDateTime plainDateTime(String text) {
        int length = text.length();
        if (length != 10 && length != 16 && length != 19 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        if (length > 10 && (text.charAt(10) != 'T' || text.charAt(13) != ':' || length == 19 && text.charAt(16) != ':')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = length > 10 ? digits(text, 11, 13) : 0;
        int minute = length > 10 ? digits(text, 14, 16) : 0;
        int second = length == 19 ? digits(text, 17, 19) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /** The number the ASCII digits from {@code from} to {@code to} spell; -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int number = 0;
        for (int index = from; index < to; index++) {
            char digit = text.charAt(index);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            number = number * 10 + digit - '0';
        }
        return number;
    }

    /**
     * Why {@code number} is refused as a metric, check-in or KPI number, or empty when it lies within
     * {@link #MAX_MAGNITUDE}; shared by the properties and the check-in API.
     */
    public static Optional<String> amountProblem(double number) {
        return outOfRange(number, -MAX_MAGNITUDE, MAX_MAGNITUDE);
    }

    private static Optional<String> outOfRange(double number, double min, double max) {
        if (number >= min && number <= max) {
            return Optional.empty();
        }
        return Optional.of("must be a number from " + plain(min) + " to " + plain(max) + ", was " + number);
    }

    private static String plain(double bound) {
        return new BigDecimal(bound).toPlainString();
    }

    /**
     * A JSON value as a message shows it: its type and at most {@value #MAX_SHOWN} characters of it, so a
     * message never echoes megabytes.
     */
    public static String describe(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + shown(node.toString());
    }

    /** Text from the input as a message shows it: at most {@value #MAX_SHOWN} characters. */
    public static String shown(String text) {
        return Characters.cut(text, MAX_SHOWN);
    }

    /** Typed, validated access to one JSON object's fields. */
    private static final class Fields {
        private final String property;
        private final String path;
        private final JsonNode node;

        Fields(String property, String path, JsonNode node) {
            this.property = property;
            this.path = path;
            this.node = node;
            if (!node.isObject()) {
                throw new PropertyException(property, path, "expected an object, got " + describe(node));
            }
        }

        PropertyException problem(String field, String message) {
            return new PropertyException(property, path.isEmpty() ? field : path + "." + field, message);
        }

        private Optional<JsonNode> present(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
        }

        OptionalDouble number(String field) {
            Optional<JsonNode> value = present(field);
            if (value.isEmpty()) {
                return OptionalDouble.empty();
            }
            OptionalDouble number = value.get().isNumber() ? OptionalDouble.of(value.get().doubleValue())
                    : value.get().isTextual() ? Characters.number(value.get().textValue()) : OptionalDouble.empty();
            if (number.isEmpty()) {
                throw problem(field, "expected a number, got " + describe(value.get()));
            }
            if (!Double.isFinite(number.getAsDouble())) {
                throw problem(field, "expected a finite number, got " + describe(value.get()));
            }
            return number;
        }

        /** A metric, check-in or KPI number: at most {@link OkrProperties#MAX_MAGNITUDE} either side of zero. */
        OptionalDouble amount(String field) {
            return number(field, -MAX_MAGNITUDE, MAX_MAGNITUDE);
        }

        OptionalDouble number(String field, double min, double max) {
            OptionalDouble value = number(field);
            if (value.isPresent()) {
                outOfRange(value.getAsDouble(), min, max).ifPresent(problem -> {
                    throw problem(field, problem);
                });
            }
            return value;
        }

        OptionalInt wholeNumber(String field, int min, int max) {
            OptionalDouble value = number(field);
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            double number = value.getAsDouble();
            if (number != Math.rint(number) || number < min || number > max) {
                throw problem(field, "expected a whole number from " + min + " to " + max + ", got " + number);
            }
            return OptionalInt.of((int) number);
        }

        String text(String field) {
            Optional<JsonNode> value = present(field);
            if (value.isEmpty()) {
                return "";
            }
            if (!value.get().isValueNode() || value.get().isBinary()) {
                throw problem(field, "expected text, got " + describe(value.get()));
            }
            return value.get().asText();
        }

        /** A date ({@code 2026-05-04}) or a date-time with or without offset; a date is its day's start. */
        Optional<LocalDateTime> dateTime(String field) {
            String text = text(field).strip();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(OkrProperties.dateTime(text));
            } catch (DateTimeParseException e) {
                throw problem(field, "expected an ISO-8601 date or date-time from " + FIRST_YEAR + " to " + LAST_YEAR
                        + ", got \"" + shown(text) + "\"");
            }
        }
    }
}
