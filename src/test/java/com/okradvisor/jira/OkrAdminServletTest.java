package com.okradvisor.jira;

import static com.okradvisor.testing.Okr.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Mapping;
import com.okradvisor.progress.ProgressSettings;
import com.okradvisor.report.AdminPageModel;
import com.okradvisor.report.RuleProblemRow;
import com.okradvisor.report.RuleSwitch;
import com.okradvisor.report.ThresholdRow;
import com.okradvisor.testing.CustomRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
    private static OkrSettingsStore store;
    private static RulesEngine rules;

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
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final UserKey admin = mock(UserKey.class);

    @BeforeAll
    static void compileTheShippedRulesOnce() {
        pluginSettings = new InMemoryPluginSettings();
        store = new OkrSettingsStore(pluginSettings);
        rules = new RulesEngine(store);
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
    void refusesAUserWhoIsNotAJiraAdministrator() throws IOException {
        when(userManager.getRemoteUserKey()).thenReturn(admin);

        servlet().doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verifyNoInteractions(templateRenderer);
    }

    @Test
    void showsTheStoredSettingsEveryThresholdAndEveryRuleToAnAdministrator() throws IOException {
        givenAdministrator(false);
        store.save(new OkrSettings(Mapping.DEFAULTS, new ProgressSettings(0.4, 7)));

        servlet().doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_OK);
        AdminPageModel page = renderedPage();
        assertThat(page.getInProgressWeight().getValueHtml()).isEqualTo("0.4");
        assertThat(page.getFiscalYearStartMonth().getValueHtml()).isEqualTo("7");
        assertThat(page.getThresholds()).extracting(ThresholdRow::getKey).hasSize(Parameter.values().length);
        assertThat(page.getRules()).hasSize(rules.inForce().advisor().catalogue().entries().size())
                .allMatch(RuleSwitch::getEnabled);
        assertThat(page.getXsrfTokenName()).isEqualTo(TOKEN_NAME);
        assertThat(page.getXsrfTokenHtml()).isEqualTo(TOKEN);
        assertThat(page.getCanChangeCustomRules()).isFalse();
    }

    @Test
    void refusesAPostWithoutAValidFormTokenAndSavesNothing() throws IOException {
        givenAdministrator(true);
        givenValidForm();
        posted.put(TOKEN_NAME, new String[] {"forged"});

        servlet().doPost(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        assertThat(pluginSettings.stored).isEmpty();
    }

    @Test
    void savesAValidPostAndSendsTheBrowserBackToThePage() throws IOException {
        givenAdministrator(false);
        givenValidForm();
        posted.put(AdminForm.FISCAL_YEAR_START_MONTH, new String[] {"4.0"});
        posted.put(AdminForm.ALIGNMENT_LINK_TYPES, new String[] {"Supports, Contributes to"});
        posted.put(AdminForm.THRESHOLD + STALE_AFTER_DAYS.key(), new String[] {"21"});
        posted.put(AdminForm.ENABLED_RULE, enabledRulesExcept("too-many-key-results"));

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_SEE_OTHER);
        verify(response).setHeader("Location", PAGE + "?saved");
        assertThat(store.load().progress().fiscalYearStartMonth()).isEqualTo(4);
        assertThat(store.load().mapping().alignmentLinkTypes()).containsExactlyInAnyOrder("Supports", "Contributes to");
        assertThat(store.loadAdvisorSettings().get(STALE_AFTER_DAYS)).isEqualTo(21);
        assertThat(store.loadAdvisorSettings().disabledRules()).containsExactly("too-many-key-results");
    }

    @Test
    void showsAnOutOfBoundsThresholdBesideItsFieldAndSavesNothing() throws IOException {
        givenAdministrator(false);
        givenValidForm();
        posted.put(AdminForm.THRESHOLD + STALE_AFTER_DAYS.key(), new String[] {"0"});
        posted.put(AdminForm.FISCAL_YEAR_START_MONTH, new String[] {"4"});

        servlet().doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        AdminPageModel page = renderedPage();
        assertThat(page.getHasErrors()).isTrue();
        assertThat(page.getThresholds()).filteredOn(row -> row.getField().getHasError()).singleElement()
                .satisfies(row -> {
                    assertThat(row.getKey()).isEqualTo("staleAfterDays");
                    assertThat(row.getField().getErrorHtml()).isEqualTo("Enter a number from 1 to 365.");
                    assertThat(row.getField().getValueHtml()).isEqualTo("0");
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
        store.saveCustomRules(Map.of(CustomRules.FILE, CustomRules.VENDOR_RULE));
        givenValidForm();
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
        assertThat(store.load()).isEqualTo(OkrSettings.DEFAULTS);
        assertThat(vendorFindings()).containsExactly(CustomRules.KEY);
    }

    @Test
    void refusesACustomRuleChangeFromAnAdministratorWhoIsNotASystemAdministrator() throws IOException {
        givenAdministrator(false);
        givenValidForm();
        givenRuleFile(CustomRules.FILE, CustomRules.VENDOR_RULE);

        servlet().doPost(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        assertThat(pluginSettings.stored).isEmpty();
    }

    private OkrAdminServlet servlet() {
        return new OkrAdminServlet(userManager, loginUriProvider, templateRenderer, xsrfTokenAccessor, xsrfTokenValidator, store,
                rules);
    }

    private void givenAdministrator(boolean systemAdministrator) {
        when(userManager.getRemoteUserKey()).thenReturn(admin);
        when(userManager.isAdmin(admin)).thenReturn(true);
        lenient().when(userManager.isSystemAdmin(admin)).thenReturn(systemAdministrator);
        lenient().when(xsrfTokenValidator.validateFormEncodedToken(request))
                .thenAnswer(call -> TOKEN.equals(request.getParameter(TOKEN_NAME)));
    }

    /** The form as the page shows it with nothing stored, every rule ticked, and the page's form token. */
    private void givenValidForm() {
        posted.put(AdminForm.OBJECTIVE_ISSUE_TYPE, new String[] {"Epic"});
        posted.put(AdminForm.OBJECTIVE_LABEL, new String[] {"okr"});
        posted.put(AdminForm.KPI_ISSUE_TYPE, new String[] {"KPI"});
        posted.put(AdminForm.KPI_LABEL, new String[] {"kpi"});
        posted.put(AdminForm.ALIGNMENT_LINK_TYPES, new String[] {""});
        posted.put(AdminForm.EPIC_LINK_FIELD, new String[] {"Epic Link"});
        posted.put(AdminForm.IN_PROGRESS_WEIGHT, new String[] {"0.5"});
        posted.put(AdminForm.FISCAL_YEAR_START_MONTH, new String[] {"1"});
        for (Parameter parameter : Parameter.values()) {
            posted.put(AdminForm.THRESHOLD + parameter.key(), new String[] {parameter.format(parameter.defaultValue())});
        }
        posted.put(AdminForm.ENABLED_RULE, enabledRulesExcept());
        posted.put(TOKEN_NAME, new String[] {TOKEN});
    }

    private void givenRuleFile(String name, String drl) {
        posted.put(AdminForm.NEW_RULE_FILE_NAME, new String[] {name});
        posted.put(AdminForm.NEW_RULE_FILE_TEXT, new String[] {drl});
    }

    private static String[] enabledRulesExcept(String... disabled) {
        Set<String> off = Set.of(disabled);
        return rules.inForce().advisor().catalogue().entries().stream().map(RuleEntry::key)
                .filter(key -> !off.contains(key)).toArray(String[]::new);
    }

    private static List<String> vendorFindings() {
        return rules.evaluate(CustomRules.withVendorKeyResult(), ProgressSettings.DEFAULTS, AS_OF).stream()
                .map(Finding::rule).toList();
    }

    @SuppressWarnings("unchecked")
    private AdminPageModel renderedPage() throws IOException {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(OkrAdminServlet.TEMPLATE), context.capture(), any());
        return (AdminPageModel) context.getValue().get(OkrAdminServlet.MODEL);
    }
}
