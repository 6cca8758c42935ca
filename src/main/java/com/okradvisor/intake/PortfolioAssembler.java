package com.okradvisor.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.intake.IntakeProblem.Kind;
import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Issue;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.KpiReading;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.StatusCategory;
import com.okradvisor.model.Work;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one way issues become the OKR model, for the command line and the plugin alike. It decides, with
 * the admin's {@link Mapping}:
 * <ul>
 *   <li><b>roles</b>: an issue of the objective type carrying the objective label is an objective; else
 *       one of the KPI type or carrying the KPI label is a KPI;</li>
 *   <li><b>key results</b>: the issues in an objective's epic, sub-tasks, objectives and KPIs aside;</li>
 *   <li><b>parents</b>: an objective's outward alignment links to objectives (an issue outside the
 *       intake counts when its type, and its labels where known, are the objective mapping's), and
 *       inward ones from objectives in the intake;</li>
 *   <li><b>KPI links</b>: every objective a KPI is linked to by an alignment link, either way;</li>
 *   <li><b>marks</b>: an objective's kind (committed, aspirational or unknown) and whether it is
 *       top-level, from its labels ({@link com.okradvisor.model.ObjectiveMarks});</li>
 *   <li><b>a key result's work</b>: its sub-tasks, and the issues linked to it either way by a work link
 *       type (the epic's own link aside) that are not objectives, key results or KPIs, each issue once;
 *       an item is done when its status category is {@code done}; one the reader may not see is
 *       counted as hidden;</li>
 *   <li><b>the status policy</b>: a status category Jira does not define is read as
 *       {@code undefined} (the issue is kept: leaving an objective out would hide it) and noted;</li>
 *   <li>the {@code okr.*} properties, through {@link OkrProperties}: a value that cannot be read is
 *       skipped and reported as {@link Kind#UNREADABLE}.</li>
 * </ul>
 * Links to issues the reader may not see carry no key: they are neither named nor followed.
 */
public final class PortfolioAssembler {

    private final Mapping mapping;

    public PortfolioAssembler(Mapping mapping) {
        this.mapping = mapping;
    }

    /** The portfolio the records make, and what could not be taken as it came. */
    public Intake assemble(List<IssueRecord> records) {
        List<IntakeProblem> problems = new ArrayList<>();
        Map<String, IssueRecord> byKey = new LinkedHashMap<>();
        for (IssueRecord record : records) {
            if (byKey.putIfAbsent(record.key(), record) != null) {
                problems.add(new IntakeProblem(Kind.NOTE, record.key(), "listed twice; the second copy is left out"));
            }
        }
        Map<String, IssueRecord> objectives = new LinkedHashMap<>();
        Map<String, IssueRecord> kpis = new LinkedHashMap<>();
        for (IssueRecord record : byKey.values()) {
            if (mapping.isObjective(record.issueType(), record.labels())) {
                objectives.put(record.key(), record);
            } else if (mapping.isKpi(record.issueType(), record.labels())) {
                kpis.put(record.key(), record);
            }
        }
        Links links = new Links(objectives, kpis, byKey);
        byKey.values().forEach(links::add);

        Map<String, List<IssueRecord>> keyResultRecords = new LinkedHashMap<>();
        objectives.keySet().forEach(key -> keyResultRecords.put(key, new ArrayList<>()));
        Set<String> keyResultKeys = new HashSet<>();
        for (IssueRecord record : byKey.values()) {
            if (record.subtask() || objectives.containsKey(record.key()) || kpis.containsKey(record.key())
                    || record.epicKey().isEmpty()) {
                continue;
            }
            String epic = record.epicKey().get();
            if (keyResultRecords.containsKey(epic)) {
                keyResultRecords.get(epic).add(record);
                keyResultKeys.add(record.key());
            } else if (!byKey.containsKey(epic)) {
                problems.add(new IntakeProblem(Kind.NOTE, record.key(), "field " + mapping.epicLinkField()
                        + ": its epic " + epic + " is not among the issues read; the issue is left out"));
            }
        }
        WorkItems work = new WorkItems(objectives, kpis, keyResultKeys);
        List<Objective> objectiveList = new ArrayList<>();
        for (IssueRecord record : objectives.values()) {
            List<KeyResult> keyResults = keyResultRecords.get(record.key()).stream()
                    .map(keyResult -> keyResult(keyResult, work.of(keyResult), problems)).toList();
            objectiveList.add(new Objective(issue(record, problems), keyResults,
                    List.copyOf(links.parents.get(record.key())), mapping.marks().kindOf(record.labels()),
                    mapping.marks().isTopLevel(record.labels())));
        }
        List<Kpi> kpiList = new ArrayList<>();
        for (IssueRecord record : kpis.values()) {
            Optional<KpiReading> reading = property(record, OkrProperties.KPI, OkrProperties::kpiReading, problems);
            kpiList.add(new Kpi(issue(record, problems), reading, List.copyOf(links.kpiObjectives.get(record.key()))));
        }
        return new Intake(new Portfolio(objectiveList, kpiList), problems);
    }

    private KeyResult keyResult(IssueRecord record, Work work, List<IntakeProblem> problems) {
        Optional<MetricProperty> metric = property(record, OkrProperties.METRIC, OkrProperties::metric, problems);
        List<CheckIn> checkIns = property(record, OkrProperties.CHECK_INS, OkrProperties::checkIns, problems)
                .orElse(List.of());
        return new KeyResult(issue(record, problems), metric.map(MetricProperty::metric),
                metric.map(MetricProperty::weight).orElse(KeyResult.DEFAULT_WEIGHT), checkIns, work);
    }

    private static Issue issue(IssueRecord record, List<IntakeProblem> problems) {
        Optional<StatusCategory> status = StatusCategory.fromKey(record.statusCategoryKey());
        if (status.isEmpty()) {
            problems.add(new IntakeProblem(Kind.NOTE, record.key(), "field status.statusCategory.key: unknown status"
                    + " category \"" + OkrProperties.shown(record.statusCategoryKey()) + "\" (Jira has new, indeterminate, done); read as undefined"));
        }
        return new Issue(record.key(), record.summary(), record.projectKey(), record.owner(),
                status.orElse(StatusCategory.UNDEFINED), record.created(), record.due(), record.resolved());
    }

    private static <T> Optional<T> property(IssueRecord record, String name, Function<JsonNode, T> codec,
            List<IntakeProblem> problems) {
        JsonNode value = record.properties().get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.apply(value));
        } catch (PropertyException e) {
            problems.add(new IntakeProblem(Kind.UNREADABLE, record.key(), "property " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** A key result's work, from its links: what counts, each issue once. */
    private final class WorkItems {
        private final Map<String, IssueRecord> objectives;
        private final Map<String, IssueRecord> kpis;
        private final Set<String> keyResultKeys;

        WorkItems(Map<String, IssueRecord> objectives, Map<String, IssueRecord> kpis, Set<String> keyResultKeys) {
            this.objectives = objectives;
            this.kpis = kpis;
            this.keyResultKeys = keyResultKeys;
        }

        Work of(IssueRecord keyResult) {
            Set<String> seen = new HashSet<>();
            int done = 0;
            int hidden = 0;
            for (LinkRecord link : keyResult.links()) {
                if (!isWork(link)) {
                    continue;
                }
                if (link.otherKey().isEmpty()) {
                    hidden++;
                } else if (seen.add(link.otherKey().get())
                        && StatusCategory.DONE.key().equals(link.otherStatusCategoryKey())) {
                    done++;
                }
            }
            return new Work(seen.size(), done, hidden);
        }

        private boolean isWork(LinkRecord link) {
            if (link.type().equals(LinkRecord.SUB_TASK)) {
                return link.outward();
            }
            if (link.type().equals(LinkRecord.EPIC_STORY) || !mapping.countsAsWork(link.type())) {
                return false;
            }
            return link.otherKey().map(other -> !objectives.containsKey(other) && !kpis.containsKey(other)
                    && !keyResultKeys.contains(other) && !isOkrType(link)).orElse(true);
        }

        /** An issue outside the intake whose type, and labels where known, make it an objective or a KPI. */
        private boolean isOkrType(LinkRecord link) {
            List<String> labels = link.otherLabels().orElse(List.of());
            return mapping.isObjective(link.otherIssueType(), labels) || mapping.isKpi(link.otherIssueType(), labels)
                    || link.otherLabels().isEmpty() && mapping.objectiveIssueType().equalsIgnoreCase(link.otherIssueType());
        }
    }

    /** The alignment links between the records: parents of objectives, objectives of KPIs. */
    private final class Links {
        private final Map<String, IssueRecord> objectives;
        private final Map<String, IssueRecord> kpis;
        private final Map<String, IssueRecord> byKey;
        private final Map<String, Set<String>> parents = new LinkedHashMap<>();
        private final Map<String, Set<String>> kpiObjectives = new LinkedHashMap<>();

        Links(Map<String, IssueRecord> objectives, Map<String, IssueRecord> kpis, Map<String, IssueRecord> byKey) {
            this.objectives = objectives;
            this.kpis = kpis;
            this.byKey = byKey;
            objectives.keySet().forEach(key -> parents.put(key, new LinkedHashSet<>()));
            kpis.keySet().forEach(key -> kpiObjectives.put(key, new LinkedHashSet<>()));
        }

        void add(IssueRecord record) {
            String self = record.key();
            for (LinkRecord link : record.links()) {
                if (link.otherKey().isEmpty() || link.type().equals(LinkRecord.SUB_TASK) || !mapping.aligns(link.type())) {
                    continue;
                }
                String other = link.otherKey().get();
                boolean otherIsObjective = isObjective(other, link);
                if (objectives.containsKey(self) && otherIsObjective) {
                    if (link.outward()) {
                        parents.get(self).add(other);
                    } else if (objectives.containsKey(other)) {
                        parents.get(other).add(self);
                    }
                } else if (kpis.containsKey(self) && otherIsObjective) {
                    kpiObjectives.get(self).add(other);
                } else if (objectives.containsKey(self) && kpis.containsKey(other)) {
                    kpiObjectives.get(other).add(self);
                }
            }
        }

        /** An objective of the intake, or an issue outside it whose type (and labels, where known) the mapping selects. */
        private boolean isObjective(String key, LinkRecord link) {
            if (byKey.containsKey(key)) {
                return objectives.containsKey(key);
            }
            return link.otherLabels().map(labels -> mapping.isObjective(link.otherIssueType(), labels))
                    .orElseGet(() -> mapping.objectiveIssueType().equalsIgnoreCase(link.otherIssueType()));
        }
    }
}
