package com.okradvisor.jira;

import static com.okradvisor.testing.ChangedSettings.CHANGED;
import static com.okradvisor.testing.Okr.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.jira.view.AdminPageModel;
import com.okradvisor.jira.view.RuleProblemRow;
import com.okradvisor.jira.view.RuleSwitch;
import com.okradvisor.plugin.PanelRenderer;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Mapping;
import com.okradvisor.progress.ProgressSettings;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.settings.SettingsCodec;
import com.okradvisor.settings.SettingsKeys;
import com.okradvisor.settings.SettingsValidator;
import com.okradvisor.testing.CustomRules;
import com.okradvisor.view.Html;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** One test per outcome of the admin page, with Jira's and SAL's services mocked and the settings in memory. */
@ExtendWith(MockitoExtension.class)
class OkrAdminServletTest {

    private static final Parameter STALE_AFTER_DAYS = Parameter.fromKey("staleAfterDays").orElseThrow();
    private static final String PAGE = "/jira/plugins/servlet/okr-advisor/admin";
    private static final URI LOGIN = URI.create("http://jira.example.com/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fokr-advisor%2Fadmin");
    private static final String TOKEN_NAME = "atl_token";
    private static final String TOKEN = "b7e1-token";

    private static InMemoryPluginSettings pluginSettings;
    private static AdvisorInForce rules;

    private final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    private final OkrSettingsStore store = new OkrSettingsStore(pluginSettings, locks);

    private final Map<String, String[]> posted = new HashMap<>();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private TemplateRenderer templateRenderer;
    @Mock
    private XsrfTokenAccessor xsrfTokenAccessor;
    @Mock
    private XsrfTokenValidator xsrfTokenValidator;
    @Mock
    private WebSudoManager webSudoManager;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final UserKey admin = mock(UserKey.class);

    @BeforeAll
    static void compileTheShippedRulesOnce() {
        pluginSettings = new InMemoryPluginSettings();
        rules = new AdvisorInForce(new OkrSettingsStore(pluginSettings, new InMemoryClusterLocks()));
    }

    @BeforeEach
    void givenNothingStoredAndAPageRequest() throws IOException {
        pluginSettings.stored.clear();
        lenient().when(request.getRequestURI()).thenReturn(PAGE);
        lenient().when(request.getParameter(anyString())).thenAnswer(call -> {
            String[] values = posted.get(call.<String>getArgument(0));
            return values == null ? null : values[0];
        });
        lenient().when(request.getParameterValues(anyString())).thenAnswer(call -> posted.get(call.<String>getArgument(0)));
        lenient().when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        lenient().when(xsrfTokenValidator.getXsrfParameterName()).thenReturn(TOKEN_NAME);
        lenient().when(xsrfTokenAccessor.getXsrfToken(request, response, true)).thenReturn(TOKEN);
    }

    @Test
    void sendsAnAnonymousVisitorToTheLoginPageAndBackHere() throws IOException {
        when(loginUriProvider.getLoginUri(URI.create(PAGE))).thenReturn(LOGIN);

        servlet().doGet(request, response);

        verify(response).sendRedirect(LOGIN.toASCIIString());
        verifyNoInteractions(templateRenderer);
    }

    @Test
    void sendsAnAnonymousVisitorToTheLoginPageAndBackWithAQueryAUriMayNotHoldAsItIs() throws IOException {
        when(request.getQueryString()).thenReturn("jql=a|b{\"c\"}&x=%20é");
        when(loginUriProvider.getLoginUri(URI.create(PAGE + "?jql=a%7Cb%7B%22c%22%7D&x=%20%C3%A9"))).thenReturn(LOGIN);

        servlet().doGet(request, response);

        verify(response).sendRedirect(LOGIN.toASCIIString());
        verifyNoInteractions(templateRenderer);
    }

    @Test
    void refusesAUserWhoIsNotAJiraAdministrator() throws IOException {
        when(userManager.getRemoteUserKey()).thenReturn(admin);

        servlet().doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verifyNoInteractions(templateRenderer, webSudoManager);
    }

    @Test
    void sendsAnAdministratorWithoutAWebSudoSessionToJirasWebSudoPageAndShowsNothing() throws IOException {
        givenAdministratorWithoutWebSudo();

        servlet().doGet(request, response);

        verify(webSudoManager).enforceWebSudoProtection(request, response);
        verifyNoInteractions(templateRenderer);
        verify(response, never()).getWriter();
    }

    @Test
    void exportsNothingWithoutAWebSudoSession() throws IOException {
        givenAdministratorWithoutWebSudo();
        givenField(OkrAdminServlet.EXPORT, "");

        servlet().doGet(request, response);

        verify(webSudoManager).enforceWebSudoProtection(request, response);
        verify(response, never()).getWriter();
    }

    @Test
    void savesNothingPostedWithoutAWebSudoSession() throws IOException {
        givenAdministratorWithoutWebSudo();
        givenValidFormWith(Map.of(SettingsKeys.OBJECTIVE_LABEL, "goal"));
        givenRuleFile(CustomRules.FILE, CustomRules.VENDOR_RULE);

        servlet().doPost(request, response);

        verify(webSudoManager).enforceWebSudoProtection(request, response);
        verifyNoInteractions(templateRenderer);
        verify(response, never()).setStatus(anyInt());
        assertThat(pluginSettings.stored).isEmpty();
    }

    @Test
    void importsNothingWithoutAWebSudoSession() throws IOException {
        givenAdministratorWithoutWebSudo();
        givenImport(SettingsCodec.write(CHANGED));

        servlet().doPost(request, response);

        verify(webSudoManager).enforceWebSudoProtection(request, response);
        verify(response, never()).setStatus(anyInt());
        assertThat(pluginSettings.stored).isEmpty();
    }

    @Test
    void showsTheStoredSettingsEveryThresholdAndEveryRuleToAnAdministrator() throws IOException {
        givenAdministrator(false);
        store.save(new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS.withProgress(new ProgressSettings(0.4, 7))));

        servlet().doGet(request, response);

        verify(webSudoManager).willExecuteWebSudoRequest(request);
        verify(response).setStatus(HttpServletResponse.SC_OK);
        AdminPageModel page = renderedPage();
        assertThat(page.getInProgressWeight().getValueHtml()).isEqualTo("0.4");
        assertThat(page.getFiscalYearStartMonth().getValueHtml()).isEqualTo("7");
        assertThat(page.getThresholds()).extracting(row -> row.getField().getName()).hasSize(Parameter.values().length);
        assertThat(page.getRules()).hasSize(rules.inForce().advisor().catalogue().entries().size())
                .allMatch(RuleSwitch::getEnabled);
        assertThat(page.getXsrfTokenName()).isEqualTo(TOKEN_NAME);
        assertThat(page.getXsrfTokenHtml()).isEqualTo(TOKEN);
        assertThat(page.getCanChangeCustomRules()).isFalse();
        assertThat(page.getHasStoredRefused()).isFalse();
    }

    @Test
    void namesEveryInputByItsKeyInTheConfigFile() throws IOException {
        givenAdministrator(false);

        servlet().doGet(request, response);

        AdminPageModel page = renderedPage();
        List<String> names = new ArrayList<>(List.of(page.getObjectiveIssueType().getName(), page.getObjectiveLabel().getName(),
                page.getKpiIssueType().getName(), page.getKpiLabel().getName(), page.getAlignmentLinkTypes().getName(),
                page.getEpicLinkField().getName(), page.getWorkLinkTypes().getName(), page.getTopLevelLabel().getName(),
                page.getCommittedLabel().getName(), page.getAspirationalLabel().getName(), page.getInProgressWeight().getName(),
                page.getFiscalYearStartMonth().getName(), page.getCoachGroup().getName()));
        page.getThresholds().forEach(row -> names.add(row.getField().getName()));
        names.add(SettingsKeys.DISABLED_RULES);
        assertThat(names).containsExactlyInAnyOrderElementsOf(SettingsKeys.all());
    }

    @Test
    void saysWhichStoredValueIsNoLongerValidAndShowsTheDefaultInForce() throws IOException {
        givenAdministrator(false);
        pluginSettings.put(OkrSettingsStore.SETTINGS, "threshold.staleAfterDays = 0\n");

        servlet().doGet(request, response);

        AdminPageModel page = renderedPage();
        assertThat(page.getStoredRefusedHtml())
                .containsExactly("threshold.staleAfterDays = &quot;0&quot;: Enter a number from 1 to 365.");
        assertThat(page.getThresholds()).filteredOn(row -> row.getField().getName().equals("threshold.staleAfterDays")).singleElement()
                .satisfies(row -> assertThat(row.getField().getValueHtml()).isEqualTo("14"));
    }

    @Test
    void exportsTheSettingsInForceAsTheConfigFile() throws IOException {
        givenAdministrator(false);
        store.save(CHANGED);
        StringWriter body = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        givenField(OkrAdminServlet.EXPORT, "");

        servlet().doGet(request, response);

        verify(response).setContentType("text/plain;charset=UTF-8");
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"okr-advisor.properties\"");
        assertThat(body.toString()).contains("threshold.staleAfterDays = 21\n", "objective.issueType = Initiative\n");
        assertThat(SettingsCodec.read(body.toString()).settings()).isEqualTo(CHANGED);
        verifyNoInteractions(templateRenderer);
    }

    @Test
    void refusesTheExportToAUserWhoIsNotAJiraAdministrator() throws IOException {
        when(userManager.getRemoteUserKey()).thenReturn(admin);
        givenField(OkrAdminServlet.EXPORT, "");

        servlet().doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(response, never()).getWriter();
    }

    @Test
    void importsAnExportedFileSoTheStoredSettingsEqualTheExportedOnes() throws IOException {
        givenAdministrator(false);
        givenImport(SettingsCodec.write(CHANGED));

        servlet().doPost(request, response);

        verify(response).setHeader("Location", PAGE + "?saved");
        assertThat(store.load()).isEqualTo(CHANGED);
        assertThat(locks.locked()).contains(OkrSettingsStore.LOCK);
    }

    @Test
    void refusesAnImportWithABadValueListingEveryProblemAndChangesNothing() throws IOException {
        givenAdministrator(false);
        store.save(CHANGED);
        Object before = pluginSettings.get(OkrSettingsStore.SETTINGS);
        givenImport("objective.issueType = Goal\nthreshold.staleAfterDays = 0\nthreshold.staleDays = 3\n");

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        AdminPageModel page = renderedPage();
        assertThat(page.getRefusedImportHtml()).hasSize(2)
                .first().isEqualTo("threshold.staleAfterDays = &quot;0&quot;: Enter a number from 1 to 365.");
        assertThat(page.getRefusedImportHtml().get(1)).startsWith("threshold.staleDays = &quot;3&quot;: Unknown key");
        assertThat(page.getImportText().getValueHtml()).contains("threshold.staleDays = 3");
        assertThat(page.getObjectiveIssueType().getValueHtml()).isEqualTo("Initiative");
        assertThat(page.getHasErrors()).as("the settings form itself is not in error").isFalse();
        assertThat(pluginSettings.get(OkrSettingsStore.SETTINGS)).isSameAs(before);
    }

    @Test
    void refusesAnImportWithoutAValidFormToken() throws IOException {
        givenAdministrator(false);
        givenImport(SettingsCodec.write(CHANGED));
        givenField(TOKEN_NAME, "forged");

        servlet().doPost(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN,
                "The form's security token is missing or has expired: reload the page.");
        assertThat(pluginSettings.stored).isEmpty();
    }

    @Test
    void refusesAPostWithoutAValidFormTokenAndSavesNothing() throws IOException {
        givenAdministrator(true);
        givenValidForm();
        givenField(TOKEN_NAME, "forged");

        servlet().doPost(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN,
                "The form's security token is missing or has expired: reload the page.");
        assertThat(pluginSettings.stored).isEmpty();
    }

    @Test
    void savesAValidPostAndSendsTheBrowserBackToThePage() throws IOException {
        givenAdministrator(false);
        givenValidFormWith(Map.of(SettingsKeys.FISCAL_YEAR_START_MONTH, "4.0",
                SettingsKeys.ALIGNMENT_LINK_TYPES, "Supports, Contributes to", SettingsKeys.threshold(Parameter.fromKey("staleAfterDays").orElseThrow()), "21",
                SettingsKeys.COACH_GROUP, " okr-coaches "));
        posted.put(AdminForm.ENABLED_RULE, enabledRulesExcept("too-many-key-results"));

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_SEE_OTHER);
        verify(response).setHeader("Location", PAGE + "?saved");
        OkrSettings saved = store.load();
        assertThat(saved.progress().fiscalYearStartMonth()).isEqualTo(4);
        assertThat(saved.mapping().alignmentLinkTypes()).containsExactlyInAnyOrder("Supports", "Contributes to");
        assertThat(saved.advisor().get(Parameter.fromKey("staleAfterDays").orElseThrow())).isEqualTo(21);
        assertThat(saved.advisor().disabledRules()).containsExactly("too-many-key-results");
        assertThat(saved.coachGroup()).isEqualTo("okr-coaches");
        assertThat(pluginSettings.stored).containsOnlyKeys(OkrSettingsStore.SETTINGS);
        assertThat(locks.locked()).containsExactly(OkrSettingsStore.LOCK);
        assertThat(locks.allReleased()).isTrue();
    }

    @Test
    void showsEachProblemBesideItsFieldAndSavesNothing() throws IOException {
        givenAdministrator(false);
        givenValidFormWith(Map.of(SettingsKeys.KPI_ISSUE_TYPE, "", SettingsKeys.KPI_LABEL, " ",
                SettingsKeys.EPIC_LINK_FIELD, "x".repeat(SettingsValidator.MAX_NAME_CHARS + 1),
                SettingsKeys.COACH_GROUP, "okr\u0000coaches<b>"));

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        AdminPageModel page = renderedPage();
        assertThat(page.getKpiIssueType().getErrorHtml()).isEqualTo("Enter an issue type or a label for KPIs, or both.");
        assertThat(page.getKpiLabel().getErrorHtml()).isEqualTo("Enter an issue type or a label for KPIs, or both.");
        assertThat(page.getEpicLinkField().getErrorHtml()).isEqualTo("Enter at most 255 characters.");
        assertThat(page.getEpicLinkField().getValueHtml()).hasSize(SettingsValidator.MAX_NAME_CHARS + 1);
        assertThat(page.getCoachGroup().getErrorHtml()).isEqualTo("Enter a group name without control characters.");
        assertThat(page.getCoachGroup().getValueHtml()).isEqualTo("okr\u0000coaches&lt;b&gt;");
        assertThat(page.getObjectiveIssueType().getHasError()).isFalse();
        assertThat(pluginSettings.stored).isEmpty();
    }

    @Test
    void showsOneLabelForBothKindsBesideBothFieldsAndSavesNothing() throws IOException {
        givenAdministrator(false);
        givenValidFormWith(Map.of(SettingsKeys.COMMITTED_LABEL, "stretch", SettingsKeys.ASPIRATIONAL_LABEL, "Stretch",
                SettingsKeys.TOP_LEVEL_LABEL, "company goal"));

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        AdminPageModel page = renderedPage();
        assertThat(page.getCommittedLabel().getErrorHtml()).isEqualTo("Enter different labels for committed and aspirational objectives.");
        assertThat(page.getAspirationalLabel().getErrorHtml()).isEqualTo("Enter different labels for committed and aspirational objectives.");
        assertThat(page.getTopLevelLabel().getErrorHtml()).isEqualTo("Enter a label without spaces, as Jira&#39;s labels are.");
        assertThat(pluginSettings.stored).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "staleAfterDays | 0 | Enter a number from 1 to 365. | 1–365",
        "duplicateSimilarity | 0.3 | Enter a number from 0.5 to 1. | 0.5–1.0"})
    void showsAnOutOfBoundsThresholdBesideItsFieldWithItsBoundsAndSavesNothing(String key, String value, String message,
            String bounds) throws IOException {
        givenAdministrator(false);
        givenValidFormWith(Map.of(SettingsKeys.threshold(Parameter.fromKey(key).orElseThrow()), value, SettingsKeys.FISCAL_YEAR_START_MONTH, "4"));

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        AdminPageModel page = renderedPage();
        assertThat(page.getHasErrors()).isTrue();
        assertThat(page.getThresholds()).filteredOn(row -> row.getField().getHasError()).singleElement()
                .satisfies(row -> {
                    assertThat(row.getField().getName()).isEqualTo("threshold." + key);
                    assertThat(row.getField().getErrorHtml()).isEqualTo(message);
                    assertThat(row.getField().getValueHtml()).isEqualTo(value);
                    assertThat(row.getBounds()).isEqualTo(bounds);
                });
        assertThat(pluginSettings.stored).isEmpty();
    }

    @Test
    void savesACustomRuleFileThatCompilesWhenASystemAdministratorAddsIt() throws IOException {
        givenAdministrator(true);
        givenValidForm();
        givenRuleFile(CustomRules.FILE, CustomRules.VENDOR_RULE);

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_SEE_OTHER);
        assertThat(store.loadCustomRules()).containsExactly(Map.entry(CustomRules.FILE, CustomRules.VENDOR_RULE));
        assertThat(vendorFindings()).containsExactly(CustomRules.KEY);
    }

    @Test
    void refusesABrokenRuleFileWithItsLineAndMessageAndKeepsTheCustomRulesInForce() throws IOException {
        givenAdministrator(true);
        store.save(OkrSettings.DEFAULTS, stored -> Optional.of(Map.of(CustomRules.FILE, CustomRules.VENDOR_RULE)));
        Object settingsBefore = pluginSettings.get(OkrSettingsStore.SETTINGS);
        givenValidFormWith(Map.of(SettingsKeys.OBJECTIVE_LABEL, "goal"));
        givenRuleFile(CustomRules.FILE, CustomRules.BROKEN);

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        List<RuleProblemRow> refused = renderedPage().getRefused();
        assertThat(refused).anySatisfy(problem -> {
            assertThat(problem.getFileHtml()).isEqualTo(CustomRules.FILE);
            assertThat(problem.getLine()).isEqualTo(CustomRules.BROKEN_LINE);
            assertThat(problem.getMessageHtml()).contains("nosuchfield");
        });
        assertThat(renderedPage().getNewRuleFileText().getValueHtml()).contains("nosuchfield &gt; 3");
        assertThat(store.loadCustomRules()).containsExactly(Map.entry(CustomRules.FILE, CustomRules.VENDOR_RULE));
        assertThat(pluginSettings.get(OkrSettingsStore.SETTINGS)).isSameAs(settingsBefore);
        assertThat(store.load()).isEqualTo(OkrSettings.DEFAULTS);
        assertThat(vendorFindings()).containsExactly(CustomRules.KEY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            calls System.exit     | then\\n    System.exit(0);\\n     | 14 | rule "Key result mentions a vendor": 'System' is not allowed
            loops in the dry run  | then\\n    update($kr);\\n        | 5  | rule "Key result mentions a vendor" fired more than
            """)
    void refusesARuleFileThatReachesTooFarOrFailsTheDryRunNamingTheRuleAndLine(String what, String consequence, int line,
            String message) throws IOException {
        givenAdministrator(true);
        givenValidForm();
        givenRuleFile(CustomRules.FILE, CustomRules.VENDOR_RULE.replace(CustomRules.CONDITION, "$kr : KeyResultFact( )")
                .replace("then\n", consequence.replace("\\n", "\n")));

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertThat(renderedPage().getRefused()).first().satisfies(problem -> {
            assertThat(problem.getFileHtml()).isEqualTo(CustomRules.FILE);
            assertThat(problem.getLine()).as(what).isEqualTo(line);
            assertThat(problem.getMessageHtml()).as(what).startsWith(Html.escape(message));
        });
        assertThat(store.loadCustomRules()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a&b.drl", "../acme.drl", "-acme.drl", "acme.txt", "ac me.drl"})
    void refusesARuleFileNameOutsideLettersDigitsDotsDashesAndUnderscoresBesideItsField(String name) throws IOException {
        givenAdministrator(true);
        givenValidForm();
        givenRuleFile(name, CustomRules.VENDOR_RULE);

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertThat(renderedPage().getNewRuleFileName().getErrorHtml()).startsWith("Name the rule file with letters");
        assertThat(store.loadCustomRules()).isEmpty();
    }

    @Test
    void removesAStoredRuleFileByTheNameItsCheckboxSends() throws IOException {
        givenAdministrator(true);
        store.save(OkrSettings.DEFAULTS, stored -> Optional.of(Map.of("a&b.drl", CustomRules.VENDOR_RULE)));
        givenValidForm();
        givenField(AdminForm.REMOVE_RULE_FILE, "a&b.drl");

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_SEE_OTHER);
        assertThat(store.loadCustomRules()).isEmpty();
    }

    @Test
    void refusesACustomRuleChangeFromAnAdministratorWhoIsNotASystemAdministrator() throws IOException {
        givenAdministrator(false);
        givenValidForm();
        givenRuleFile(CustomRules.FILE, CustomRules.VENDOR_RULE);

        servlet().doPost(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN, "Only system administrators may change custom rules.");
        assertThat(pluginSettings.stored).isEmpty();
    }

    private OkrAdminServlet servlet() {
        return new OkrAdminServlet(userManager, loginUriProvider, templateRenderer, xsrfTokenAccessor, xsrfTokenValidator,
                webSudoManager, new OkrAdministration(store, rules), new PanelRenderer.Texts());
    }

    private void givenAdministrator(boolean systemAdministrator) {
        when(userManager.getRemoteUserKey()).thenReturn(admin);
        when(userManager.isAdmin(admin)).thenReturn(true);
        lenient().when(userManager.isSystemAdmin(admin)).thenReturn(systemAdministrator);
        lenient().when(xsrfTokenValidator.validateFormEncodedToken(request))
                .thenAnswer(call -> TOKEN.equals(request.getParameter(TOKEN_NAME)));
    }

    /** A system administrator whose WebSudo session is missing or expired. */
    private void givenAdministratorWithoutWebSudo() {
        givenAdministrator(true);
        doThrow(new WebSudoSessionException("no WebSudo session")).when(webSudoManager).willExecuteWebSudoRequest(request);
    }

    /** The form as the page shows it with nothing stored, every rule ticked, and the page's form token. */
    private void givenValidForm() {
        SettingsCodec.values(OkrSettings.DEFAULTS).forEach(this::givenField);
        posted.remove(SettingsKeys.DISABLED_RULES);
        posted.put(AdminForm.ENABLED_RULE, enabledRulesExcept());
        givenField(TOKEN_NAME, TOKEN);
    }

    private void givenValidFormWith(Map<String, String> changed) {
        givenValidForm();
        changed.forEach(this::givenField);
    }

    private void givenField(String name, String value) {
        posted.put(name, new String[] {value});
    }

    private void givenImport(String text) {
        givenField(AdminForm.IMPORT_TEXT, text);
        givenField(TOKEN_NAME, TOKEN);
    }

    private void givenRuleFile(String name, String drl) {
        givenField(AdminForm.NEW_RULE_FILE_NAME, name);
        givenField(AdminForm.NEW_RULE_FILE_TEXT, drl);
    }

    private static String[] enabledRulesExcept(String... disabled) {
        Set<String> off = Set.of(disabled);
        return rules.inForce().advisor().catalogue().entries().stream().map(RuleEntry::key)
                .filter(key -> !off.contains(key)).toArray(String[]::new);
    }

    private static List<String> vendorFindings() {
        return rules.assess(CustomRules.withVendorKeyResult(), OkrSettings.DEFAULTS, AS_OF).findings().stream()
                .map(Finding::rule).toList();
    }

    @SuppressWarnings("unchecked")
    private AdminPageModel renderedPage() throws IOException {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(OkrAdminServlet.TEMPLATE), context.capture(), any());
        return (AdminPageModel) context.getValue().get(OkrAdminServlet.MODEL);
    }
}
