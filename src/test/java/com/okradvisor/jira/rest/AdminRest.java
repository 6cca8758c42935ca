package com.okradvisor.jira.rest;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.okradvisor.jira.AdvisorInForce;
import com.okradvisor.jira.InMemoryClusterLocks;
import com.okradvisor.jira.InMemoryPluginSettings;
import com.okradvisor.jira.OkrAdministration;
import com.okradvisor.jira.OkrSettingsStore;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin calls over real HTTP ({@link EmbeddedRest}), on settings stored in memory, with SAL's user
 * manager as a mock that makes the caller anonymous, a user, an administrator or a system administrator,
 * and WebSudo as Jira grants it: to the requests of a browser session that confirmed the password, here
 * those that send {@link #WEBSUDO_COOKIE}.
 */
final class AdminRest implements AutoCloseable {

    static final String WEBSUDO_COOKIE = "JSESSIONID=admin-session; websudo=granted";

    final OkrSettingsStore store = new OkrSettingsStore(new InMemoryPluginSettings(), new InMemoryClusterLocks());
    final AdvisorInForce rules = new AdvisorInForce(store);
    final OkrAdministration administration = new OkrAdministration(store, rules);
    final EmbeddedRest rest;
    private final UserManager userManager = mock(UserManager.class);
    private final UserKey caller = mock(UserKey.class);

    AdminRest() throws IOException {
        Administrators administrators = new Administrators(userManager, new SessionWebSudo());
        rest = EmbeddedRest.serving(new SettingsResource(administrators, administration),
                new CustomRuleResource(administrators, administration));
    }

    void givenAnonymousCaller() {
        lenient().when(userManager.getRemoteUserKey()).thenReturn(null);
    }

    void givenUser() {
        given(false, false);
    }

    /** A Jira administrator who is not a system administrator, without a WebSudo session until {@link #givenWebSudo()}. */
    void givenAdministrator() {
        given(true, false);
    }

    void givenSystemAdministrator() {
        given(true, true);
    }

    void givenWebSudo() {
        rest.sendCookie(WEBSUDO_COOKIE);
    }

    private void given(boolean admin, boolean systemAdmin) {
        lenient().when(userManager.getRemoteUserKey()).thenReturn(caller);
        lenient().when(userManager.isAdmin(caller)).thenReturn(admin);
        lenient().when(userManager.isSystemAdmin(caller)).thenReturn(systemAdmin);
    }

    @Override
    public void close() {
        rest.close();
    }

    /** Jira's WebSudo: refuses, as Jira's SAL implementation does, a request outside a session that confirmed the password. */
    private static final class SessionWebSudo implements WebSudoManager {

        @Override
        public void willExecuteWebSudoRequest(HttpServletRequest request) {
            String cookie = request.getHeader("Cookie");
            if (cookie == null || !cookie.contains("websudo=granted")) {
                throw new WebSudoSessionException("Invalid request: Not in a WebSudo session");
            }
        }

        @Override
        public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
            throw new AssertionError("a REST call is refused with 401, never sent to the password page");
        }
    }
}
