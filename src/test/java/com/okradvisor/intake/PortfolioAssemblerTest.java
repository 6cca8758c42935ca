package com.okradvisor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okradvisor.intake.IntakeProblem.Kind;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.ObjectiveKind;
import com.okradvisor.model.ObjectiveMarks;
import com.okradvisor.model.StatusCategory;
import com.okradvisor.model.Work;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioAssemblerTest {

    private static final LocalDate CREATED = LocalDate.of(2026, 4, 2);
    private static final Mapping MAPPING = new Mapping("Epic", "okr", "KPI", "kpi", Set.of("relates to"), "Epic Link");

    private final PortfolioAssembler assembler = new PortfolioAssembler(MAPPING);

    @Test
    void makesObjectivesOfLabelledEpicsAndKeyResultsOfTheIssuesInThem() {
        Intake intake = assembler.assemble(List.of(
                record("GRO-1").type("Epic").labels("okr").build(),
                record("GRO-2").epic("GRO-1").build(),
                record("GRO-3").epic("GRO-1").subtask().build(),
                record("GRO-9").type("Epic").build()));

        assertThat(intake.portfolio().objectives()).extracting(Objective::key).containsExactly("GRO-1");
        assertThat(intake.portfolio().objectives().get(0).keyResults()).extracting(KeyResult::key).containsExactly("GRO-2");
        assertThat(intake.problems()).isEmpty();
    }

    @Test
    void readsEachObjectivesKindAndTopLevelMarkFromItsLabels() {
        Mapping marked = new Mapping("Epic", "okr", "KPI", "kpi", Set.of(), "Epic Link", Set.of(),
                new ObjectiveMarks("company-goal", "must-win", "moonshot"));
        Intake intake = new PortfolioAssembler(marked).assemble(List.of(
                record("GRO-1").type("Epic").labels("okr", "MUST-WIN", "company-goal").build(),
                record("GRO-2").type("Epic").labels("okr", "moonshot").build(),
                record("GRO-3").type("Epic").labels("okr", "committed", "okr-top").build(),
                record("GRO-4").type("Epic").labels("okr", "moonshot", "must-win").build()));

        assertThat(intake.portfolio().objectives()).extracting(Objective::key, Objective::kind, Objective::topLevel)
                .containsExactly(tuple("GRO-1", ObjectiveKind.COMMITTED, true), tuple("GRO-2", ObjectiveKind.ASPIRATIONAL, false),
                        tuple("GRO-3", ObjectiveKind.UNKNOWN, false), tuple("GRO-4", ObjectiveKind.COMMITTED, false));
    }

    @Test
    void countsAKeyResultsSubTasksAndLinkedIssuesAsItsWorkEachOnceDoneByStatusCategory() {
        Intake intake = new PortfolioAssembler(Mapping.DEFAULTS).assemble(List.of(
                record("GRO-1").type("Epic").labels("okr").build(),
                record("GRO-2").epic("GRO-1")
                        .work(LinkRecord.SUB_TASK, "GRO-20", "done", true)
                        .work(LinkRecord.SUB_TASK, "GRO-21", "indeterminate", true)
                        .work("Blocks", "DEV-7", "done", true)
                        .work("Relates", "DEV-7", "done", false)
                        .work("Relates", "DEV-8", "new", false)
                        .work("Relates", null, "", true)
                        .work(LinkRecord.EPIC_STORY, "DEV-9", "done", false)
                        .link("Relates", "CO-1", "Epic", Optional.empty(), true)
                        .link("Relates", "GRO-1", "Epic", Optional.empty(), false)
                        .link("Relates", "GRO-3", "Story", Optional.empty(), true)
                        .link("Relates", "MET-1", "KPI", Optional.empty(), true).build(),
                record("GRO-3").epic("GRO-1").build()));

        assertThat(keyResult(intake, "GRO-2").work())
                .as("two sub-tasks, DEV-7 once, DEV-8, and one hidden; the epic's link, objectives, key results and KPIs are not work")
                .isEqualTo(new Work(4, 2, 1));
        assertThat(keyResult(intake, "GRO-3").work()).isEqualTo(Work.NONE);
    }

    @Test
    void countsOnlyTheConfiguredWorkLinkTypesButEverySubTask() {
        Mapping blocksIsWork = new Mapping("Epic", "okr", "KPI", "kpi", Set.of(), "Epic Link", Set.of("blocks"),
                ObjectiveMarks.DEFAULTS);
        Intake intake = new PortfolioAssembler(blocksIsWork).assemble(List.of(
                record("GRO-1").type("Epic").labels("okr").build(),
                record("GRO-2").epic("GRO-1")
                        .work(LinkRecord.SUB_TASK, "GRO-20", "done", true)
                        .work(LinkRecord.SUB_TASK, "GRO-19", "done", false)
                        .work("Blocks", "DEV-7", "done", true)
                        .work("Relates", "DEV-8", "done", true).build()));

        assertThat(keyResult(intake, "GRO-2").work())
                .as("its own sub-task and the Blocks link, not its parent seen from a sub-task, nor Relates")
                .isEqualTo(new Work(2, 2, 0));
    }

    @Test
    void alignsAnObjectiveToObjectivesItLinksOutwardToInsideAndOutsideTheIntake() {
        Intake intake = assembler.assemble(List.of(
                record("GRO-1").type("Epic").labels("okr")
                        .link("relates to", "CO-1", "Epic", Optional.empty(), true)
                        .link("relates to", "CO-2", "Epic", Optional.of(List.of("roadmap")), true)
                        .link("relates to", "CO-3", "Epic", Optional.of(List.of("OKR")), true)
                        .link("blocks", "CO-4", "Epic", Optional.empty(), true)
                        .link("relates to", "GRO-5", "Story", Optional.empty(), true).build(),
                record("GRO-7").type("Epic").labels("okr").link("relates to", "GRO-1", "Epic", Optional.empty(), false).build(),
                record("GRO-5").build()));

        assertThat(objective(intake, "GRO-1").parentKeys())
                .as("outside the intake, a known label counts; a link type the mapping does not name does not")
                .containsExactly("CO-1", "CO-3", "GRO-7");
        assertThat(objective(intake, "GRO-7").parentKeys()).isEmpty();
    }

    @Test
    void neitherNamesNorFollowsALinkToAnIssueTheReaderMayNotSee() {
        Intake intake = assembler.assemble(List.of(record("GRO-1").type("Epic").labels("okr")
                .link("relates to", null, "Epic", Optional.empty(), true).build()));

        assertThat(objective(intake, "GRO-1").parentKeys()).isEmpty();
    }

    @Test
    void linksAKpiToEveryObjectiveItSupportsWhicheverSideTheLinkIsSeenFrom() {
        Intake intake = assembler.assemble(List.of(
                record("GRO-1").type("Epic").labels("okr").link("relates to", "KPI-1", "KPI", Optional.empty(), false).build(),
                record("GRO-2").type("Epic").labels("okr").build(),
                record("KPI-1").type("KPI").link("relates to", "GRO-2", "Epic", Optional.empty(), true)
                        .link("relates to", "CO-1", "Epic", Optional.empty(), true).build()));

        assertThat(intake.portfolio().kpis()).singleElement()
                .satisfies(kpi -> assertThat(kpi.objectiveKeys()).containsExactlyInAnyOrder("GRO-1", "GRO-2", "CO-1"));
    }

    @Test
    void readsAnUnknownStatusCategoryAsUndefinedAndNotesIt() {
        Intake intake = assembler.assemble(List.of(record("GRO-1").type("Epic").labels("okr").status("blocked").build()));

        assertThat(objective(intake, "GRO-1").issue().status()).isEqualTo(StatusCategory.UNDEFINED);
        assertThat(intake.problems(Kind.NOTE)).extracting(IntakeProblem::describe).containsExactly("issue GRO-1, field"
                + " status.statusCategory.key: unknown status category \"blocked\" (Jira has new, indeterminate, done); read as undefined");
    }

    @Test
    void keepsTheFirstCopyOfAnIssueListedTwiceAndLeavesOutKeyResultsOfEpicsNotRead() {
        Intake intake = assembler.assemble(List.of(
                record("GRO-1").type("Epic").labels("okr").summary("first").build(),
                record("GRO-1").type("Epic").labels("okr").summary("second").build(),
                record("GRO-2").epic("GRO-77").build()));

        assertThat(objective(intake, "GRO-1").issue().summary()).isEqualTo("first");
        assertThat(intake.problems(Kind.NOTE)).extracting(IntakeProblem::describe).containsExactly(
                "issue GRO-1, listed twice; the second copy is left out",
                "issue GRO-2, field Epic Link: its epic GRO-77 is not among the issues read; the issue is left out");
    }

    @Test
    void readsTheOkrPropertiesAndSkipsOneThatCannotBeReadSayingWhy() throws Exception {
        JsonNode metric = json("{\"baseline\": 30, \"target\": 45}");
        JsonNode broken = json("{\"current\": \"lots\", \"threshold\": 10}");
        Intake intake = assembler.assemble(List.of(
                record("GRO-1").type("Epic").labels("okr").build(),
                record("GRO-2").epic("GRO-1").property(OkrProperties.METRIC, metric).build(),
                record("KPI-1").labels("kpi").property(OkrProperties.KPI, broken).build()));

        assertThat(objective(intake, "GRO-1").keyResults().get(0).metric()).hasValueSatisfying(
                read -> assertThat(read.target()).hasValue(45));
        assertThat(intake.portfolio().kpis()).extracting(Kpi::reading).containsExactly(Optional.empty());
        assertThat(intake.problems(Kind.UNREADABLE)).singleElement()
                .satisfies(problem -> assertThat(problem.describe()).startsWith("issue KPI-1, property okr.kpi.current: "));
    }

    private static Objective objective(Intake intake, String key) {
        return intake.portfolio().objective(key).orElseThrow();
    }

    private static KeyResult keyResult(Intake intake, String key) {
        return intake.portfolio().objectives().stream().flatMap(objective -> objective.keyResults().stream())
                .filter(keyResult -> keyResult.key().equals(key)).findFirst().orElseThrow();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    private static Builder record(String key) {
        return new Builder(key);
    }

    /** An issue record of type Story, status new, unless told otherwise. */
    private static final class Builder {
        private final String key;
        private String summary = "Raise trial conversion from 30 to 45";
        private String type = "Story";
        private String status = "new";
        private boolean subtask;
        private List<String> labels = List.of();
        private Optional<String> epic = Optional.empty();
        private final List<LinkRecord> links = new ArrayList<>();
        private final Map<String, JsonNode> properties = new HashMap<>();

        Builder(String key) {
            this.key = key;
        }

        Builder summary(String value) {
            summary = value;
            return this;
        }

        Builder type(String value) {
            type = value;
            return this;
        }

        Builder status(String value) {
            status = value;
            return this;
        }

        Builder subtask() {
            subtask = true;
            return this;
        }

        Builder labels(String... values) {
            labels = List.of(values);
            return this;
        }

        Builder epic(String value) {
            epic = Optional.of(value);
            return this;
        }

        Builder link(String linkType, String other, String otherType, Optional<List<String>> otherLabels, boolean outward) {
            links.add(new LinkRecord(linkType, Optional.ofNullable(other), otherType, otherLabels, outward, ""));
            return this;
        }

        /** A link of {@code linkType} to {@code other} (null: hidden), a Task outside the intake in {@code otherStatus}. */
        Builder work(String linkType, String other, String otherStatus, boolean outward) {
            links.add(new LinkRecord(linkType, Optional.ofNullable(other), other == null ? "" : "Task", Optional.empty(),
                    outward, other == null ? "" : otherStatus));
            return this;
        }

        Builder property(String name, JsonNode value) {
            properties.put(name, value);
            return this;
        }

        IssueRecord build() {
            return new IssueRecord(key, summary, key.substring(0, key.indexOf('-')), Optional.of("Ana Silva"), status, type,
                    subtask, labels, epic, CREATED, Optional.of(LocalDate.of(2026, 6, 30)), Optional.empty(), links, properties);
        }
    }
}
