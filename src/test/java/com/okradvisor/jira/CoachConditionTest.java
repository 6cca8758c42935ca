package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.model.Mapping;
import com.okradvisor.settings.OkrSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The coach view's top-navigation item shows to exactly those {@link CoachAccess} lets in: never to an
 * anonymous visitor; to every logged-in user while no coach group is set; once one is, to its members and
 * to Jira administrators only.
 */
class CoachConditionTest {

    private static final String COACHES = "okr-coaches";

    private final ApplicationUser user = mock(ApplicationUser.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final OkrSettingsStore store = new OkrSettingsStore(new InMemoryPluginSettings(), new InMemoryClusterLocks());
    private final CoachCondition condition = new CoachCondition(new CoachAccess(groups, globalPermissions),
            store, authentication);

    CoachConditionTest() {
        when(authentication.getLoggedInUser()).thenReturn(user);
    }

    @Test
    void hidesTheItemFromAnAnonymousVisitorWhateverTheGroup() {
        when(authentication.getLoggedInUser()).thenReturn(null);

        assertThat(condition.shouldDisplay(Map.of())).isFalse();
        givenCoachGroup(COACHES);
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
        verify(groups, never()).isUserInGroup(any(), anyString());
    }

    @Test
    void showsTheItemToEveryLoggedInUserWhileNoCoachGroupIsSet() {
        assertThat(condition.shouldDisplay(Map.of())).isTrue();
        verify(groups, never()).isUserInGroup(any(), anyString());
    }

    @Test
    void hidesTheItemFromAUserOutsideTheCoachGroup() {
        givenCoachGroup(COACHES);
        when(groups.isUserInGroup(user, "other-group")).thenReturn(true);

        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }

    @Test
    void showsTheItemToAMemberOfTheCoachGroup() {
        givenCoachGroup(COACHES);
        when(groups.isUserInGroup(user, COACHES)).thenReturn(true);

        assertThat(condition.shouldDisplay(Map.of())).isTrue();
    }

    @Test
    void showsTheItemToAJiraAdministratorOutsideTheCoachGroup() {
        givenCoachGroup(COACHES);
        when(globalPermissions.hasPermission(any(), eq(user))).thenReturn(true);

        assertThat(condition.shouldDisplay(Map.of())).isTrue();
    }

    @Test
    void tellsTheServletAndRestWhyTheyRefuse() {
        CoachAccess access = new CoachAccess(groups, globalPermissions);
        OkrSettings withGroup = new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS, COACHES);

        assertThat(access.of(null, withGroup)).isEqualTo(CoachAccess.Verdict.ANONYMOUS);
        assertThat(access.of(user, withGroup)).isEqualTo(CoachAccess.Verdict.OUTSIDE_GROUP);
        assertThat(access.of(user, OkrSettings.DEFAULTS)).isEqualTo(CoachAccess.Verdict.ALLOWED);
    }

    private void givenCoachGroup(String group) {
        store.save(new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS, group));
    }
}
