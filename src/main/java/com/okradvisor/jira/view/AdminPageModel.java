package com.okradvisor.jira.view;

import com.okradvisor.view.Html;
import java.util.List;

/**
 * Everything the admin page shows: the mapping and progress inputs, the thresholds, a switch per rule,
 * the custom rule files, and why a change was refused. Built by the Jira adapter from the stored
 * settings, or from the posted form when it is shown again with its errors.
 */
public final class AdminPageModel {

    /** The form's inputs, in the order the page shows them. */
    public record Fields(AdminField objectiveIssueType, AdminField objectiveLabel, AdminField kpiIssueType,
            AdminField kpiLabel, AdminField alignmentLinkTypes, AdminField epicLinkField, AdminField workLinkTypes,
            AdminField topLevelLabel, AdminField committedLabel, AdminField aspirationalLabel, AdminField inProgressWeight,
            AdminField fiscalYearStartMonth, AdminField coachGroup, AdminField newRuleFileName, AdminField newRuleFileText,
            AdminField importText) {

        /** The inputs of the settings form; the import form's own problems are {@link Notices#refusedImport()}. */
        public List<AdminField> all() {
            return List.of(objectiveIssueType, objectiveLabel, kpiIssueType, kpiLabel, alignmentLinkTypes, epicLinkField,
                    workLinkTypes, topLevelLabel, committedLabel, aspirationalLabel, inProgressWeight, fiscalYearStartMonth,
                    coachGroup, newRuleFileName, newRuleFileText);
        }
    }

    /**
     * What the page says about settings beyond the form's fields, each a line naming key, value and problem.
     *
     * @param storedRefused stored values that no longer validate, so their defaults are in force
     * @param refusedImport why an imported file was refused; empty when none was
     */
    public record Notices(List<String> storedRefused, List<String> refusedImport) {

        public Notices {
            storedRefused = List.copyOf(storedRefused);
            refusedImport = List.copyOf(refusedImport);
        }
    }

    /** How the page protects its form and what became of the last change. */
    public record Status(String xsrfTokenName, String xsrfToken, boolean saved, boolean canChangeCustomRules) {
    }

    private final Fields fields;
    private final List<ThresholdRow> thresholds;
    private final List<RuleSwitch> rules;
    private final List<String> customRuleFiles;
    private final List<RuleProblemRow> refused;
    private final List<RuleProblemRow> skipped;
    private final List<RuleIncidentRow> incidents;
    private final Notices notices;
    private final Status status;

    public AdminPageModel(Fields fields, List<ThresholdRow> thresholds, List<RuleSwitch> rules,
            List<String> customRuleFiles, List<RuleProblemRow> refused, List<RuleProblemRow> skipped,
            List<RuleIncidentRow> incidents, Notices notices, Status status) {
        this.fields = fields;
        this.thresholds = List.copyOf(thresholds);
        this.rules = List.copyOf(rules);
        this.customRuleFiles = List.copyOf(customRuleFiles);
        this.refused = List.copyOf(refused);
        this.skipped = List.copyOf(skipped);
        this.incidents = List.copyOf(incidents);
        this.notices = notices;
        this.status = status;
    }

    public AdminField getObjectiveIssueType() {
        return fields.objectiveIssueType();
    }

    public AdminField getObjectiveLabel() {
        return fields.objectiveLabel();
    }

    public AdminField getKpiIssueType() {
        return fields.kpiIssueType();
    }

    public AdminField getKpiLabel() {
        return fields.kpiLabel();
    }

    public AdminField getAlignmentLinkTypes() {
        return fields.alignmentLinkTypes();
    }

    public AdminField getEpicLinkField() {
        return fields.epicLinkField();
    }

    public AdminField getWorkLinkTypes() {
        return fields.workLinkTypes();
    }

    public AdminField getTopLevelLabel() {
        return fields.topLevelLabel();
    }

    public AdminField getCommittedLabel() {
        return fields.committedLabel();
    }

    public AdminField getAspirationalLabel() {
        return fields.aspirationalLabel();
    }

    public AdminField getInProgressWeight() {
        return fields.inProgressWeight();
    }

    public AdminField getFiscalYearStartMonth() {
        return fields.fiscalYearStartMonth();
    }

    /** The group that may open the coach view; empty: every logged-in user. */
    public AdminField getCoachGroup() {
        return fields.coachGroup();
    }

    public AdminField getNewRuleFileName() {
        return fields.newRuleFileName();
    }

    public AdminField getNewRuleFileText() {
        return fields.newRuleFileText();
    }

    /** The text of a {@code --config} file to import. */
    public AdminField getImportText() {
        return fields.importText();
    }

    public List<ThresholdRow> getThresholds() {
        return thresholds;
    }

    public List<RuleSwitch> getRules() {
        return rules;
    }

    /** The stored custom rule files' names, escaped: an admin chose them. */
    public List<String> getCustomRuleFilesHtml() {
        return customRuleFiles.stream().map(Html::escape).toList();
    }

    public boolean getHasCustomRuleFiles() {
        return !customRuleFiles.isEmpty();
    }

    /** Why the posted custom rule file was refused; empty when it was not. */
    public List<RuleProblemRow> getRefused() {
        return refused;
    }

    public boolean getHasRefused() {
        return !refused.isEmpty();
    }

    /** Why stored custom rule files are not in force; empty when all are. */
    public List<RuleProblemRow> getSkipped() {
        return skipped;
    }

    public boolean getHasSkipped() {
        return !skipped.isEmpty();
    }

    /** Custom rules recently taken out of an evaluation on any node, newest first; empty when none were. */
    public List<RuleIncidentRow> getIncidents() {
        return incidents;
    }

    public boolean getHasIncidents() {
        return !incidents.isEmpty();
    }

    /** Stored values that no longer validate, escaped (they hold an admin's text); their defaults are in force. */
    public List<String> getStoredRefusedHtml() {
        return notices.storedRefused().stream().map(Html::escape).toList();
    }

    public boolean getHasStoredRefused() {
        return !notices.storedRefused().isEmpty();
    }

    /** Why an imported file was refused, escaped (they quote its text); empty when none was. */
    public List<String> getRefusedImportHtml() {
        return notices.refusedImport().stream().map(Html::escape).toList();
    }

    public boolean getHasRefusedImport() {
        return !notices.refusedImport().isEmpty();
    }

    /** The form token's parameter name, as Jira names it ({@code atl_token}). */
    public String getXsrfTokenName() {
        return status.xsrfTokenName();
    }

    public String getXsrfTokenHtml() {
        return Html.escape(status.xsrfToken());
    }

    public boolean getSaved() {
        return status.saved();
    }

    /** Only system administrators may change custom DRL: it runs code in Jira's JVM. */
    public boolean getCanChangeCustomRules() {
        return status.canChangeCustomRules();
    }

    /** True when the form was refused; the page says so above the form. */
    public boolean getHasErrors() {
        return !refused.isEmpty() || fields.all().stream().anyMatch(AdminField::getHasError)
                || thresholds.stream().anyMatch(row -> row.getField().getHasError());
    }
}
