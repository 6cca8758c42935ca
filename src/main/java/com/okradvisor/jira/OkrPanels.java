package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.okradvisor.intake.IntakeProblem;
import com.okradvisor.model.Finding;
import com.okradvisor.model.KeyResult;
import com.okradvisor.progress.ProgressCalculator;
import com.okradvisor.report.KeyResultPanelModel;
import com.okradvisor.report.ObjectivePanelModel;
import com.okradvisor.report.ProblemRow;
import com.okradvisor.settings.OkrSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/** Builds the panels' view models: read Jira into the model, run the rules, hand the result to the report. */
@Named
public class OkrPanels {

    private final OkrReader reader;
    private final OkrSettingsStore settingsStore;
    private final AdvisorInForce rules;

    @Inject
    public OkrPanels(OkrReader reader, OkrSettingsStore settingsStore, AdvisorInForce rules) {
        this.reader = reader;
        this.settingsStore = settingsStore;
        this.rules = rules;
    }

    public ObjectivePanelModel objectivePanel(Issue objective, ApplicationUser user, LocalDate asOf) {
        OkrSettings settings = settingsStore.load();
        ObjectiveSnapshot snapshot = reader.readObjective(objective, user, settings.mapping());
        List<Finding> findings = snapshot.about(rules.evaluate(snapshot.portfolio(), settings, asOf));
        return ObjectivePanelModel.of(snapshot.objective(), snapshot.kpis(), snapshot.leftOut(), findings,
                problemRows(snapshot.problems(), Optional.empty()), new ProgressCalculator(settings.progress()), asOf);
    }

    /** The key-result panel, empty when {@code keyResult} is in no objective the user may browse. */
    public Optional<KeyResultPanelModel> keyResultPanel(Issue keyResult, ApplicationUser user, LocalDate asOf) {
        OkrSettings settings = settingsStore.load();
        return reader.objectiveOf(keyResult, user, settings.mapping()).flatMap(epic -> {
            ObjectiveSnapshot snapshot = reader.readObjectiveAround(keyResult, epic, user, settings.mapping());
            Optional<KeyResult> read = snapshot.keyResult(keyResult.getKey());
            List<Finding> findings = snapshot.about(rules.evaluate(snapshot.portfolio(), settings, asOf));
            return read.map(found -> KeyResultPanelModel.of(snapshot.objective(), found, findings,
                    problemRows(snapshot.problems(), Optional.of(found.key())), new ProgressCalculator(settings.progress()), asOf));
        });
    }

    /** Conditions ask these: is the issue an objective, or a key result of one, for this user? */
    public boolean isObjective(Issue issue, ApplicationUser user) {
        return reader.isObjective(issue, user, settingsStore.load().mapping());
    }

    public boolean isKeyResult(Issue issue, ApplicationUser user) {
        return reader.objectiveOf(issue, user, settingsStore.load().mapping()).isPresent();
    }

    private static List<ProblemRow> problemRows(List<IntakeProblem> problems, Optional<String> onlyIssue) {
        return problems.stream()
                .filter(problem -> onlyIssue.map(problem.issueKey()::equals).orElse(true))
                .map(problem -> new ProblemRow(problem.issueKey(), problem.message()))
                .toList();
    }
}
