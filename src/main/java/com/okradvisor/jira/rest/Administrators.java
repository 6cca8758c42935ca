package com.okradvisor.jira.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;

/**
 * The guard every admin call starts with, in the admin page's order: logged in, then a Jira administrator
 * (a system administrator where custom rules run code), then in a WebSudo session.
 *
 * <p>WebSudo is SAL's {@link WebSudoManager}, as on the admin page: {@code willExecuteWebSudoRequest} refuses a
 * request outside a secure administrator session (unless the site switched WebSudo off) and marks the others
 * as WebSudo requests. A REST call cannot be sent to Jira's password page as a browser can, so the refusal is
 * a 401 whose message says WebSudo ({@link RestFailure#webSudoRequired()}).
 */
@Named
public class Administrators {

    private final UserManager userManager;
    private final WebSudoManager webSudoManager;

    @Inject
    public Administrators(UserManager userManager, WebSudoManager webSudoManager) {
        this.userManager = userManager;
        this.webSudoManager = webSudoManager;
    }

    /**
     * Lets {@code request} on when a Jira administrator makes it in a WebSudo session.
     *
     * @throws RestFailure 401 when anonymous; 403 when not a Jira administrator; 401 (WebSudo) outside a WebSudo session
     */
    void requireAdministrator(HttpServletRequest request) {
        administrator();
        requireWebSudo(request);
    }

    /**
     * Lets {@code request} on when a system administrator makes it in a WebSudo session.
     *
     * @throws RestFailure 401 when anonymous; 403 when not a system administrator; 401 (WebSudo) outside a WebSudo session
     */
    void requireSystemAdministrator(HttpServletRequest request) {
        if (!userManager.isSystemAdmin(administrator())) {
            throw RestFailure.forbidden("Only system administrators may change or check custom rules: they run code inside Jira.");
        }
        requireWebSudo(request);
    }

    private UserKey administrator() {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            throw RestFailure.notLoggedIn();
        }
        if (!userManager.isAdmin(user)) {
            throw RestFailure.forbidden("Only Jira administrators may read or change the OKR Advisor's settings.");
        }
        return user;
    }

    private void requireWebSudo(HttpServletRequest request) {
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException noWebSudoSession) {
            throw RestFailure.webSudoRequired();
        }
    }
}
