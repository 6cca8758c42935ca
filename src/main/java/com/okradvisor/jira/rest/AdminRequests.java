package com.okradvisor.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bodies of the admin calls, read and checked before anything is stored. */
final class AdminRequests {

    private AdminRequests() {
    }

    /**
     * The body of {@code PUT /settings} and {@code POST /settings/validate}: the keys of the {@code --config}
     * file, each with its value as text or as a JSON number, e.g. {@code {"threshold.staleAfterDays": 21}}.
     *
     * @throws RestFailure 400: the body is not a JSON object; 400 listing each key whose value is neither text nor a number
     */
    static Map<String, String> settingsValues(String body) {
        JsonNode json = RestJson.object(body, "{\"threshold.staleAfterDays\": 21}");
        Map<String, String> values = new LinkedHashMap<>();
        List<RestFailure.Detail> problems = new ArrayList<>();
        json.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isTextual() || value.isNumber()) {
                values.put(field.getKey(), value.asText());
            } else {
                problems.add(new RestFailure.Detail(field.getKey(), null, null, "must be text or a number"));
            }
        });
        if (!problems.isEmpty()) {
            throw RestFailure.refused("The settings were refused; nothing was saved.", problems);
        }
        return values;
    }

    /**
     * The body of {@code POST /custom-rules/validate}, {@code {"name": "team.drl", "text": "…"}}.
     *
     * @throws RestFailure 400 naming the field: the body is not a JSON object; {@code name} is missing or not
     *         text; {@code text} is missing, not text or blank
     */
    static Representations.RuleFile ruleFile(String body) {
        JsonNode json = RestJson.object(body, "{\"name\": \"team.drl\", \"text\": \"rule …\"}");
        JsonNode name = json.get("name");
        if (name == null || !name.isTextual()) {
            throw RestFailure.badRequest("name", "name is required: the rule file's name, e.g. team.drl");
        }
        return new Representations.RuleFile(name.textValue(), text(json));
    }

    /**
     * The DRL of the body of {@code PUT /custom-rules/{file}}, {@code {"text": "…"}}.
     *
     * @throws RestFailure 400 naming the field: the body is not a JSON object; {@code text} is missing, not text or blank
     */
    static String ruleText(String body) {
        return text(RestJson.object(body, "{\"text\": \"rule …\"}"));
    }

    private static String text(JsonNode json) {
        JsonNode text = json.get("text");
        if (text == null || !text.isTextual() || text.textValue().isBlank()) {
            throw RestFailure.badRequest("text", "text is required: the rule file's DRL");
        }
        return text.textValue();
    }
}
