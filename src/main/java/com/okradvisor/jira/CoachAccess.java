package com.okradvisor.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.okradvisor.settings.OkrSettings;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The one answer to "may this user coach?", which the coach view, its top-navigation item and
 * {@code GET /findings} all ask: a logged-in user, and then anyone when the settings name no coach group,
 * otherwise a Jira administrator (or system administrator) or a member of that group. Membership is
 * Jira's ({@link GroupManager}, nested groups and every user directory as Jira counts them); what the
 * user then sees is still only what they may browse.
 */
@Named
public class CoachAccess {

    /** Who asks, as the coach view tells them apart. */
    public enum Verdict {
        /** Not logged in: sent to log in (401). */
        ANONYMOUS,
        /** Logged in, neither an administrator nor in the coach group: refused (403). */
        OUTSIDE_GROUP,
        /** May open the coach view. */
        ALLOWED
    }

    private final GroupManager groupManager;
    private final GlobalPermissionManager globalPermissionManager;

    @Inject
    public CoachAccess(GroupManager groupManager, GlobalPermissionManager globalPermissionManager) {
        this.groupManager = groupManager;
        this.globalPermissionManager = globalPermissionManager;
    }

    /** Whether {@code user} (null: anonymous) may coach under {@code settings}' coach group. */
    public Verdict of(ApplicationUser user, OkrSettings settings) {
        if (user == null) {
            return Verdict.ANONYMOUS;
        }
        String group = settings.coachGroup();
        boolean allowed = group.isEmpty() || isAdministrator(user) || groupManager.isUserInGroup(user, group);
        return allowed ? Verdict.ALLOWED : Verdict.OUTSIDE_GROUP;
    }

    private boolean isAdministrator(ApplicationUser user) {
        return globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user)
                || globalPermissionManager.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user);
    }
}
