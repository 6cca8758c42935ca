package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.okradvisor.jira.view.KeyResultPanelModel;
import com.okradvisor.jira.view.ObjectivePanelModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PanelContextProviderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-15T10:00:00Z"), ZoneOffset.UTC);

    @Mock
    private OkrPanels panels;
    @Mock
    private JiraAuthenticationContext authenticationContext;
    @Mock
    private ApplicationUser user;
    @Mock
    private Issue issue;

    @BeforeEach
    void givenALoggedInUser() {
        lenient().when(authenticationContext.getLoggedInUser()).thenReturn(user);
    }

    @Test
    void putsTheObjectivePanelBuiltAsOfTodayUnderOkr() {
        ObjectivePanelModel model = mock(ObjectivePanelModel.class);
        when(panels.objectivePanel(issue, user, TODAY)).thenReturn(model);

        Map<String, Object> context = objectiveProvider().getContextMap(Map.of("issue", issue));

        assertThat(context).containsExactly(Map.entry("okr", model));
    }

    @Test
    void putsTheKeyResultPanelUnderOkrWhenTheIssueIsInAnObjective() {
        KeyResultPanelModel model = mock(KeyResultPanelModel.class);
        when(panels.keyResultPanel(issue, user, TODAY)).thenReturn(Optional.of(model));

        assertThat(keyResultProvider().getContextMap(Map.of("issue", issue))).containsExactly(Map.entry("okr", model));
    }

    @Test
    void givesTheKeyResultPanelNothingWhenTheIssueIsInNoObjective() {
        when(panels.keyResultPanel(issue, user, TODAY)).thenReturn(Optional.empty());

        assertThat(keyResultProvider().getContextMap(Map.of("issue", issue))).isEmpty();
    }

    @Test
    void turnsAReadJiraRefusesIntoAnEscapedMessageInsteadOfAnErrorPage() {
        when(panels.objectivePanel(any(), any(), any()))
                .thenThrow(new OkrReadException("Jira does not accept this JQL: labels = <b>", null));

        Map<String, Object> context = objectiveProvider().getContextMap(Map.of("issue", issue));

        assertThat(context).containsExactly(Map.entry("okrErrorHtml", "Jira does not accept this JQL: labels = &lt;b&gt;"));
    }

    @Test
    void givesNothingOutsideAnIssue() {
        assertThat(objectiveProvider().getContextMap(Map.of())).isEmpty();
    }

    @Test
    void showsEachPanelOnlyOnIssuesWithItsRole() {
        when(panels.isObjective(issue, user)).thenReturn(true);
        when(panels.isKeyResult(issue, user)).thenReturn(false);

        assertThat(new IsObjectiveCondition(panels, authenticationContext).shouldDisplay(Map.of("issue", issue))).isTrue();
        assertThat(new IsKeyResultCondition(panels, authenticationContext).shouldDisplay(Map.of("issue", issue))).isFalse();
    }

    @Test
    void hidesThePanelWhenJiraRefusesTheRead() {
        when(panels.isObjective(issue, user)).thenThrow(new OkrReadException("Jira does not accept this JQL: x", null));

        assertThat(new IsObjectiveCondition(panels, authenticationContext).shouldDisplay(Map.of("issue", issue))).isFalse();
    }

    private ObjectivePanelContextProvider objectiveProvider() {
        return new ObjectivePanelContextProvider(panels, authenticationContext, CLOCK);
    }

    private KeyResultPanelContextProvider keyResultProvider() {
        return new KeyResultPanelContextProvider(panels, authenticationContext, CLOCK);
    }
}
