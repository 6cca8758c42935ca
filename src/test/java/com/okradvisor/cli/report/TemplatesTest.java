package com.okradvisor.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.view.ObjectiveView;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.velocity.VelocityContext;
import org.junit.jupiter.api.Test;

/** The templates Jira's panels will share: escaped in one place, renderable alone, Velocity 1.x syntax only. */
class TemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void escapesEveryInsertedTextSoMarkupShowsAsText() {
        String html = new HtmlReport().render(Reports.viewOf(Reports.givenUnmeasurableKeyResult(
                "<script>alert('x')</script> Delight", "<img src=x onerror=alert(1)> & more")));

        assertThat(html).doesNotContain("<script>").doesNotContain("<img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Delight")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; more");
    }

    @Test
    void aPageRequestsNothingFromAnywhere() {
        String html = new HtmlReport().render(Reports.viewOf(Reports.givenUnmeasurableKeyResult("Delight", "Make it nice")));

        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<link")
                .doesNotContain("<script").doesNotContain("@import");
    }

    @Test
    void theObjectiveCardRendersAloneFromItsViewModelAsAJiraPanelWouldParseIt() {
        ObjectiveView objective = Reports.viewOf(Reports.givenUnmeasurableKeyResult("Delight customers", "Make it nice"))
                .getObjectives().get(0);
        VelocityContext context = new VelocityContext();
        context.put("objective", objective);
        context.put("i18n", new HtmlReport.EnglishTexts());

        String card = render("templates/objective-card.vm", context);

        assertThat(card).contains("id=\"objective-GRO-1\"").contains("Delight customers").contains("GRO-103")
                .contains("okr-finding critical");
    }

    @Test
    void usesNoSyntaxThatJirasVelocity1DoesNotKnow() throws IOException {
        List<String> velocity2Only = List.of("$velocityCount", "$velocityHasNext", "|'", "|\"", "#{break}", "$foreach.index");
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(template);
                assertThat(text).as(template.toString()).doesNotContain(velocity2Only.toArray(String[]::new));
                assertThat(text).as(template + " uses alternate values ${a|b}").doesNotContainPattern("\\$!?\\{[^}]*\\|");
            }
        }
    }

    private static String render(String template, VelocityContext context) {
        StringWriter out = new StringWriter();
        HtmlReport.engine().getTemplate(template, "UTF-8").merge(context, out);
        return out.toString();
    }
}
