package com.okradvisor.plugin;

import com.atlassian.sal.api.message.I18nResolver;
import com.okradvisor.cli.report.HtmlReport;
import com.okradvisor.text.Message;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the panel templates as Jira does: the context provider's map plus {@code $i18n}, which
 * Jira adds to every web panel's context; with or without Jira's auto-escaping of references
 * (every reference but those named {@code …Html}), since a panel must be safe either way. Each
 * template is parsed once and cached, as Jira's template renderer does outside dev mode.
 */
public final class PanelRenderer {

    private final VelocityEngine velocity = new VelocityEngine();
    private final Texts i18n = new Texts();

    /** A renderer that inserts references as they are, as Jira does with auto-escaping off. */
    public PanelRenderer() {
        this(false);
    }

    /** With {@code autoEscaping}, references are escaped as Jira's auto-escaping does. */
    PanelRenderer(boolean autoEscaping) {
        if (autoEscaping) {
            velocity.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlReport.EscapeUnlessHtml.class.getName());
        }
        velocity.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        velocity.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        velocity.setProperty("resource.loader.classpath.cache", true);
        velocity.init();
    }

    public String render(String template, Map<String, Object> contextMap) {
        VelocityContext context = new VelocityContext();
        contextMap.forEach(context::put);
        context.put("i18n", i18n);
        StringWriter html = new StringWriter();
        velocity.getTemplate(template, "UTF-8").merge(context, html);
        return html.toString();
    }

    /**
     * The part of Jira's I18nHelper the templates use, and SAL's I18nResolver the admin page uses: the app's
     * message file in English, formatted as Jira formats it ({@link Message#english()}).
     */
    public static final class Texts implements I18nResolver {

        public String getText(String key) {
            return Message.of(key).english();
        }

        public String getText(String key, String value) {
            return Message.of(key, value).english();
        }

        public String getText(String key, String value1, String value2) {
            return Message.of(key, value1, value2).english();
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            return Message.of(key, (Object[]) arguments).english();
        }
    }
}
