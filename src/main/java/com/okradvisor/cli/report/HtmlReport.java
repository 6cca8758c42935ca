package com.okradvisor.cli.report;

import com.okradvisor.text.Message;
import com.okradvisor.view.Html;
import com.okradvisor.view.PortfolioView;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The self-contained HTML report (inline CSS, no script, no request to anywhere), rendered with
 * Velocity from {@code templates/report.vm} and the partials the Jira panels share:
 * {@code objective-card.vm}, {@code key-result-row.vm}, {@code finding-list.vm}, {@code progress-bar.vm}.
 * The templates see only the view model. The engine escapes as Jira does with auto-escaping on:
 * every inserted value except a reference named {@code …Html}, which the view model escaped already
 * ({@link Html}); so the partials render alike here and in Jira, and nothing is escaped twice.
 */
public final class HtmlReport {

    public static final String PAGE = "templates/report.vm";

    private final VelocityEngine engine;

    public HtmlReport() {
        engine = engine();
    }

    /** A Velocity engine that loads templates from the class path and escapes every inserted value. */
    static VelocityEngine engine() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeUnlessHtml.class.getName());
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        VelocityEngine engine = new VelocityEngine(properties);
        engine.init();
        return engine;
    }

    /** Jira's rule for inserted references, as a Velocity event handler: escape all but {@code …Html}. */
    public static final class EscapeUnlessHtml implements ReferenceInsertionEventHandler {

        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null || Html.isPreEscaped(reference)) {
                return value;
            }
            return Html.escape(value.toString());
        }
    }

    /**
     * What the templates call {@code $i18n}, as Jira's i18n helper answers them in Jira: the app's message
     * file, here in its English, the command line having no viewer's language.
     */
    public static final class EnglishTexts {

        public String getText(String key, Object... arguments) {
            return Message.of(key, arguments).english();
        }
    }

    public String render(PortfolioView view) {
        VelocityContext context = new VelocityContext();
        context.put("report", view);
        context.put("i18n", new EnglishTexts());
        Template template = engine.getTemplate(PAGE, StandardCharsets.UTF_8.name());
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }
}
