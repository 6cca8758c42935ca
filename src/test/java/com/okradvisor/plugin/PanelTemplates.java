package com.okradvisor.plugin;

import com.okradvisor.jira.view.AdminPageModel;
import com.okradvisor.jira.view.CoachPageModel;
import com.okradvisor.jira.view.KeyResultPanelModel;
import com.okradvisor.jira.view.ObjectivePanelModel;
import com.okradvisor.jira.view.ProjectPageModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The panels' Velocity templates, and what they call: which view-model methods (for the Velocity
 * allowlist) and which i18n keys.
 */
final class PanelTemplates {

    /** Each panel template and the view model its context provider puts under {@code okr}. */
    static final Map<String, Class<?>> MODELS = Map.of(
            "templates/panels/objective.vm", ObjectivePanelModel.class,
            "templates/panels/key-result.vm", KeyResultPanelModel.class,
            "templates/admin/admin.vm", AdminPageModel.class,
            "templates/coach/coach.vm", CoachPageModel.class,
            "templates/project/project.vm", ProjectPageModel.class);

    private static final Pattern FOREACH = Pattern.compile("#foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$\\{?(\\w+)((?:\\.\\w+)+)");
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?(\\w+)((?:\\.\\w+)+)(\\()?");
    private static final Pattern I18N_KEY = Pattern.compile("\\$i18n\\.getText\\(\"([^\"]+)\"");

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

    /** Every view-model method the templates call, as the allowlist writes them: {@code com.acme.Dto#getName()}. */
    static Set<String> calledMethods() {
        Set<String> methods = new TreeSet<>();
        MODELS.forEach((template, model) -> {
            String text = read(template);
            Map<String, Class<?>> variables = new HashMap<>(Map.of("okr", model));
            Matcher loop = FOREACH.matcher(text);
            while (loop.find()) {
                Class<?> type = variables.get(loop.group(2));
                Method getter = null;
                for (String property : loop.group(3).substring(1).split("\\.")) {
                    getter = getter(type, property, template);
                    methods.add(allowlistEntry(getter));
                    type = getter.getReturnType();
                }
                ParameterizedType list = (ParameterizedType) getter.getGenericReturnType();
                variables.put(loop.group(1), (Class<?>) list.getActualTypeArguments()[0]);
            }
            Matcher reference = REFERENCE.matcher(text);
            while (reference.find()) {
                Class<?> type = variables.get(reference.group(1));
                if (type == null || reference.group(3) != null) {
                    continue;
                }
                for (String property : reference.group(2).substring(1).split("\\.")) {
                    Method getter = getter(type, property, template);
                    methods.add(allowlistEntry(getter));
                    type = getter.getReturnType();
                }
            }
        });
        return methods;
    }

    /** Every i18n key the templates name literally; {@code $…} parts are left in for the caller to expand. */
    static Set<String> i18nKeys() {
        Set<String> keys = new TreeSet<>();
        for (String template : MODELS.keySet()) {
            Matcher key = I18N_KEY.matcher(read(template));
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
