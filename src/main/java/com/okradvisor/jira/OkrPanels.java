package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.okradvisor.intake.IntakeProblem;
import com.okradvisor.jira.view.KeyResultPanelModel;
import com.okradvisor.jira.view.ObjectivePanelModel;
import com.okradvisor.jira.view.ProblemRow;
import com.okradvisor.settings.OkrSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/** Builds the panels' view models from the one judgement of {@link OkrAssessments}. */
@Named
public class OkrPanels {

    private final OkrAssessments assessments;

    @Inject
    public OkrPanels(OkrAssessments assessments) {
        this.assessments = assessments;
    }

    public ObjectivePanelModel objectivePanel(Issue objective, ApplicationUser user, LocalDate asOf) {
        ObjectiveAssessment assessment = assessments.objective(objective, user, assessments.settings(), asOf);
        ObjectiveSnapshot snapshot = assessment.snapshot();
        return ObjectivePanelModel.of(snapshot.objective(), assessment.standing(), snapshot.kpis(), snapshot.leftOut(),
                assessment.findings(), problemRows(snapshot.problems(), Optional.empty()));
    }

    /** The key-result panel, empty when {@code keyResult} is in no objective the user may browse. */
    public Optional<KeyResultPanelModel> keyResultPanel(Issue keyResult, ApplicationUser user, LocalDate asOf) {
        OkrSettings settings = assessments.settings();
        return assessments.objectiveOf(keyResult, user, settings).flatMap(epic -> {
            ObjectiveAssessment assessment = assessments.aroundKeyResult(keyResult, epic, user, settings, asOf);
            return assessment.keyResult(keyResult.getKey()).map(standing -> KeyResultPanelModel.of(
                    assessment.snapshot().objective(), standing, assessment.snapshot().leftOut(), assessment.findings(),
                    problemRows(assessment.snapshot().problems(), Optional.of(standing.key()))));
        });
    }

    /** Conditions ask these: is the issue an objective, or a key result of one, for this user? */
    public boolean isObjective(Issue issue, ApplicationUser user) {
        return assessments.isObjective(issue, user, assessments.settings());
    }

    public boolean isKeyResult(Issue issue, ApplicationUser user) {
        return assessments.objectiveOf(issue, user, assessments.settings()).isPresent();
    }

    private static List<ProblemRow> problemRows(List<IntakeProblem> problems, Optional<String> onlyIssue) {
        return problems.stream()
                .filter(problem -> onlyIssue.map(problem.issueKey()::equals).orElse(true))
                .map(problem -> new ProblemRow(problem.issueKey(), problem.message()))
                .toList();
    }
}
