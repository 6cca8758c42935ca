package com.okradvisor.jira;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.okradvisor.advisor.RuleFileException;
import com.okradvisor.advisor.RuleProblem;
import com.okradvisor.jira.view.AdminPageModel;
import com.okradvisor.jira.view.RuleIncidentRow;
import com.okradvisor.jira.view.RuleProblemRow;
import com.okradvisor.settings.SettingsCodec;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin page ({@code configure.url}, {@code /plugins/servlet/okr-advisor/admin}): the mapping, the
 * progress settings, the thresholds, a switch per rule and the custom DRL files; and the settings as a
 * {@code --config} file, to export ({@code GET ?export}) and to import (a POST of {@code importText}).
 *
 * <p>Both methods answer, in this order:
 * <ul>
 *   <li>anonymous: 302 to Jira's login page, which returns here (with this page's query);</li>
 *   <li>not a Jira administrator: 403;</li>
 *   <li>no WebSudo session (secure administrator sessions): SAL's {@link WebSudoManager} sends the browser
 *       to Jira's page that asks for the password again, which returns here; nothing is shown, exported,
 *       imported or saved.</li>
 * </ul>
 * A GET with {@code export} answers 200 with the settings in force as a {@code .properties} download.
 * A POST then also answers, in this order, and saves nothing in each case:
 * <ul>
 *   <li>no valid XSRF form token ({@code atl_token}): 403;</li>
 *   <li>an import ({@code importText}) with any value out of bounds, missing or unknown: 400 and the page
 *       again, listing every problem with its key; otherwise the imported settings replace the stored
 *       ones, all at once, and it answers 303 as below (custom rule files stay as they are);</li>
 *   <li>a change to the custom rule files by an administrator who is not a system administrator
 *       (custom DRL runs code in Jira's JVM): 403;</li>
 *   <li>a value out of its bounds or missing: 400 and the form again, each error beside its field;</li>
 *   <li>a custom rule file that {@link AdvisorInForce#check} refuses (it reaches beyond the allowlist, does
 *       not compile, lacks metadata, or throws or overruns in the dry run): 400 and the form again with
 *       each problem's file, line and message; the rules in force stay as they were.</li>
 * </ul>
 * Otherwise the POST saves every setting and answers 303 to this page (post, redirect, get). A save
 * writes the settings as one value under a cluster lock ({@link OkrSettingsStore}), so it is all or
 * nothing and two admins saving at once each keep the other's change. It reads, checks and saves through
 * {@link OkrAdministration}, as the admin REST calls do, so the two accept and refuse alike.
 *
 * <p>{@link UnrestrictedAccess}: Platform 7 and 8 refuse an unannotated servlet to everyone without a
 * product licence before it runs, so an anonymous visitor would never reach the login redirect; this
 * servlet makes its own checks above, first thing in each method, and asks for WebSudo as Atlassian's
 * own admin servlets do ({@code willExecuteWebSudoRequest}, then {@code enforceWebSudoProtection} when
 * it throws). The form token is SAL's (the same {@code atl_token} Jira's own forms carry), which Jira 10
 * and 11 both give apps.
 */
@Named
@UnrestrictedAccess
public class OkrAdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/admin/admin.vm";
    static final String MODEL = "okr";
    static final String SAVED = "saved";
    static final String EXPORT = "export";
    static final String EXPORT_FILE_NAME = "okr-advisor.properties";
    /** What a URI may hold as it is: an escape, or a character legal in a path or a query. */
    private static final Pattern URI_AS_IS = Pattern.compile("%\\p{XDigit}{2}|[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]");

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer templateRenderer;
    private final transient XsrfTokenAccessor xsrfTokenAccessor;
    private final transient XsrfTokenValidator xsrfTokenValidator;
    private final transient WebSudoManager webSudoManager;
    private final transient OkrAdministration administration;
    private final transient I18nResolver i18n;

    @Inject
    public OkrAdminServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer templateRenderer,
            XsrfTokenAccessor xsrfTokenAccessor, XsrfTokenValidator xsrfTokenValidator, WebSudoManager webSudoManager,
            OkrAdministration administration, I18nResolver i18n) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.templateRenderer = templateRenderer;
        this.xsrfTokenAccessor = xsrfTokenAccessor;
        this.xsrfTokenValidator = xsrfTokenValidator;
        this.webSudoManager = webSudoManager;
        this.administration = administration;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = administrator(request, response);
        if (user == null) {
            return;
        }
        if (request.getParameter(EXPORT) != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + EXPORT_FILE_NAME + "\"");
            response.getWriter().write(SettingsCodec.write(administration.settings().settings()));
            return;
        }
        AdminForm stored = AdminForm.of(administration.settings(), i18n);
        render(request, response, user, HttpServletResponse.SC_OK, stored, List.of(), request.getParameter(SAVED) != null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = administrator(request, response);
        if (user == null) {
            return;
        }
        if (!xsrfTokenValidator.validateFormEncodedToken(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("okr.admin.xsrf.refused"));
            return;
        }
        if (request.getParameter(AdminForm.IMPORT_TEXT) != null) {
            importSettings(request, response, user);
            return;
        }
        AdminForm form = AdminForm.read(request, administration.rulesInForce().advisor().catalogue(), i18n);
        if (form.changesCustomRules() && !userManager.isSystemAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("okr.admin.customRules.forbidden"));
            return;
        }
        if (form.hasErrors()) {
            render(request, response, user, HttpServletResponse.SC_BAD_REQUEST, form, List.of(), false);
            return;
        }
        try {
            administration.save(form.settings(), form.ruleFilesChange());
        } catch (RuleFileException refused) {
            render(request, response, user, HttpServletResponse.SC_BAD_REQUEST, form, refused.problems(), false);
            return;
        }
        redirectToSaved(request, response);
    }

    /** Replaces the stored settings with an imported {@code --config} file's, or refuses it whole. */
    private void importSettings(HttpServletRequest request, HttpServletResponse response, UserKey user) throws IOException {
        String text = request.getParameter(AdminForm.IMPORT_TEXT);
        SettingsCodec.Decoded imported = SettingsCodec.read(text);
        if (!administration.replaceSettings(imported).isEmpty()) {
            render(request, response, user, HttpServletResponse.SC_BAD_REQUEST,
                    AdminForm.refusedImport(administration.settings().settings(), text, imported.problems(), i18n), List.of(), false);
            return;
        }
        redirectToSaved(request, response);
    }

    private static void redirectToSaved(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + "?" + SAVED);
    }

    /**
     * The Jira administrator making the request in a WebSudo session; null when the request was answered
     * (login, 403 or Jira's WebSudo page).
     */
    private UserKey administrator(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            redirectToLogin(request, response);
            return null;
        }
        if (!userManager.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException noWebSudoSession) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return null;
        }
        return user;
    }

    private void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder here = new StringBuilder(request.getRequestURI());
        if (request.getQueryString() != null) {
            here.append('?').append(request.getQueryString());
        }
        response.sendRedirect(loginUriProvider.getLoginUri(URI.create(legalUri(here))).toASCIIString());
    }

    /**
     * The request's path and query with each character a URI may not hold (browsers send {@code |}, {@code {}
     * and {@code "} in a query as they are) percent-encoded in UTF-8; its escapes stay as they are.
     */
    private static String legalUri(CharSequence raw) {
        StringBuilder legal = new StringBuilder();
        Matcher asIs = URI_AS_IS.matcher(raw);
        int at = 0;
        while (at < raw.length()) {
            if (asIs.region(at, raw.length()).lookingAt()) {
                legal.append(asIs.group());
                at = asIs.end();
            } else {
                int character = Character.codePointAt(raw, at);
                for (byte octet : Character.toString(character).getBytes(StandardCharsets.UTF_8)) {
                    legal.append(String.format("%%%02X", octet & 0xFF));
                }
                at += Character.charCount(character);
            }
        }
        return legal.toString();
    }

    private void render(HttpServletRequest request, HttpServletResponse response, UserKey user, int status, AdminForm form,
            List<RuleProblem> refused, boolean saved) throws IOException {
        AdvisorInForce.RulesInForce inForce = administration.rulesInForce();
        AdminPageModel page = new AdminPageModel(form.fields(), form.thresholdRows(),
                form.ruleSwitches(inForce.advisor().catalogue()), List.copyOf(administration.customRules().keySet()),
                rows(refused), rows(inForce.skipped()), administration.ruleIncidents().stream()
                        .map(entry -> new RuleIncidentRow(entry.at(), entry.incident())).toList(), form.notices(),
                new AdminPageModel.Status(xsrfTokenValidator.getXsrfParameterName(),
                        xsrfTokenAccessor.getXsrfToken(request, response, true),
                        saved, userManager.isSystemAdmin(user)));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        templateRenderer.render(TEMPLATE, Map.of(MODEL, page), response.getWriter());
    }

    private static List<RuleProblemRow> rows(List<RuleProblem> problems) {
        return problems.stream().map(RuleProblemRow::new).toList();
    }
}
