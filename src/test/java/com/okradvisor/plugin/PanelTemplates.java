package com.okradvisor.plugin;

import com.okradvisor.jira.view.AdminPageModel;
import com.okradvisor.jira.view.CoachPageModel;
import com.okradvisor.jira.view.KeyResultPanelModel;
import com.okradvisor.jira.view.ObjectivePanelModel;
import com.okradvisor.jira.view.ProjectPageModel;
import com.okradvisor.view.PortfolioView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Velocity templates Jira renders, and what they call: which view-model methods (for the Velocity
 * allowlist) and which i18n keys. A template's {@code #parse}d partials count as part of it.
 */
final class PanelTemplates {

    /** Each template Jira renders and the view models its caller puts into the context, by name. */
    static final Map<String, Map<String, Class<?>>> MODELS = Map.of(
            "templates/panels/objective.vm", Map.of("okr", ObjectivePanelModel.class),
            "templates/panels/key-result.vm", Map.of("okr", KeyResultPanelModel.class),
            "templates/admin/admin.vm", Map.of("okr", AdminPageModel.class),
            "templates/coach/coach.vm", Map.of("okr", CoachPageModel.class),
            "templates/coach/forbidden.vm", Map.of(),
            "templates/project/project.vm", Map.of("okr", ProjectPageModel.class),
            "templates/project/project-body.vm", Map.of("okr", ProjectPageModel.class),
            "templates/report.vm", Map.of("report", PortfolioView.class));

    /** A loop over a variable's list or a getter chain's, or a variable set to a getter chain. */
    private static final Pattern BINDING = Pattern.compile("#(foreach|set)\\s*\\(\\s*\\$(\\w+)\\s*(?:in|=)\\s*\\$\\{?(\\w+)((?:\\.\\w+)*)");
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?(\\w+)((?:\\.\\w+)+)(\\()?");
    private static final Pattern I18N_KEY = Pattern.compile("\\$i18n\\.getText\\(\"([^\"]+)\"");
    private static final Pattern PARSE = Pattern.compile("#parse\\(\"([^\"]+)\"\\)");

    private PanelTemplates() {
    }

    static String read(String template) {
        try (InputStream in = PanelTemplates.class.getClassLoader().getResourceAsStream(template)) {
            if (in == null) {
                throw new IllegalStateException(template + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code template} with every {@code #parse("…")} replaced by the partial's text, as Velocity renders it. */
    static String text(String template) {
        Matcher parse = PARSE.matcher(read(template));
        StringBuilder text = new StringBuilder();
        while (parse.find()) {
            parse.appendReplacement(text, Matcher.quoteReplacement(text(parse.group(1))));
        }
        return parse.appendTail(text).toString();
    }

    /** Every view-model method the templates call, as the allowlist writes them: {@code com.acme.Dto#getName()}. */
    static Set<String> calledMethods() {
        Set<String> methods = new TreeSet<>();
        MODELS.forEach((template, models) -> {
            String text = text(template);
            Map<String, Type> variables = new HashMap<>(models);
            Matcher binding = BINDING.matcher(text);
            while (binding.find()) {
                Type type = variables.get(binding.group(3));
                if (type == null) {
                    continue;
                }
                for (String property : binding.group(4).isEmpty() ? new String[0] : binding.group(4).substring(1).split("\\.")) {
                    Method getter = getter(rawType(type), property, template);
                    methods.add(allowlistEntry(getter));
                    type = getter.getGenericReturnType();
                }
                variables.put(binding.group(2), binding.group(1).equals("foreach")
                        ? ((ParameterizedType) type).getActualTypeArguments()[0] : type);
            }
            Matcher reference = REFERENCE.matcher(text);
            while (reference.find()) {
                Type type = variables.get(reference.group(1));
                if (type == null || reference.group(3) != null) {
                    continue;
                }
                for (String property : reference.group(2).substring(1).split("\\.")) {
                    Method getter = getter(rawType(type), property, template);
                    methods.add(allowlistEntry(getter));
                    type = getter.getGenericReturnType();
                }
            }
        });
        return methods;
    }

    private static Class<?> rawType(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    /** Every i18n key the templates name literally; {@code $…} parts are left in for the caller to expand. */
    static Set<String> i18nKeys() {
        Set<String> keys = new TreeSet<>();
        for (String template : MODELS.keySet()) {
            Matcher key = I18N_KEY.matcher(text(template));
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }

    private static Method getter(Class<?> type, String property, String template) {
        if (type == null) {
            throw new AssertionError(template + " reads ." + property + " of a variable whose type is unknown");
        }
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : new String[] {"get" + capitalised, "is" + capitalised}) {
            try {
                return type.getMethod(name);
            } catch (NoSuchMethodException e) {
                // try the next bean naming
            }
        }
        throw new AssertionError(template + " reads ." + property + " but " + type.getName() + " has no getter for it");
    }

    private static String allowlistEntry(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "()";
    }
}
