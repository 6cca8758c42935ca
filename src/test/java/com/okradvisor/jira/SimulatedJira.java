package com.okradvisor.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.intake.OkrProperties;
import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.ObjectiveKind;
import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.OkrPropertyJson;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Jira site serving a {@link Portfolio}, in plain Java (no mocks), whose every service call costs what
 * {@link JiraCosts} says Jira's does: what the benchmarks read the coach view and the panels through.
 * Under {@link Mapping#DEFAULTS}: objectives are epics labelled {@code okr} (and {@code okr-top},
 * {@code committed} or {@code aspirational} as the model marks them), key results stories in their epics
 * (Jira Software's <i>Epic-Story Link</i> from the epic to each) with their work as sub-tasks, KPIs of
 * type KPI labelled {@code kpi}; alignments are <i>Relates</i> links from the child objective to its parent
 * and from a KPI to each objective it supports. A parent key the portfolio does not hold becomes an
 * objective the user may not browse, which a search without their permissions finds. The {@code okr.*}
 * properties are those of the model.
 *
 * <p>Searches answer the JQL the readers write (the mapping's objective and KPI JQL, key results of one
 * or many epics, a project's objectives, a key result by key) in key order, page by page, and fail past
 * the first {@value JiraSearch#SEARCH_WINDOW} results as Jira on OpenSearch does; any other JQL is
 * refused, naming it, so a benchmark cannot pass by reading nothing.
 */
public final class SimulatedJira {

    private static final String ALIGNS = "Relates";
    private static final Pattern EPICS = Pattern.compile(
            "\\(\"Epic Link\" in \\((.*)\\) AND issuetype not in subTaskIssueTypes\\(\\)\\)( ORDER BY key)?");
    private static final Pattern EPIC = Pattern.compile("\"Epic Link\" = (\"[^\"]*\") AND issuetype not in subTaskIssueTypes\\(\\)( ORDER BY key)?");
    private static final Pattern KEY_IN_EPIC = Pattern.compile(
            "key = (\"[^\"]*\") AND \"Epic Link\" = (\"[^\"]*\") AND issuetype not in subTaskIssueTypes\\(\\)( ORDER BY key)?");
    private static final Pattern PROJECT = Pattern.compile("project = (\"[^\"]*\") AND \\((.*)\\)( ORDER BY key)?");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern LINK_TYPE = Pattern.compile("issueLinkType in \\((\"[^\"]*\"), (\"[^\"]*\")\\)");
    private static final Pattern SUB_TASKS = Pattern.compile("parent in \\((.*)\\)");
    private static final Pattern IDS = Pattern.compile("id in \\(([0-9, ]*)\\)");
    private static final Pattern KEYS = Pattern.compile("key in \\((.*)\\)");
    private static final Pattern OWNED_ELSEWHERE = Pattern.compile("assignee in \\((.*)\\) AND \"Epic Link\" is not EMPTY"
            + " AND \"Epic Link\" != (\"[^\"]*\") AND issuetype not in subTaskIssueTypes\\(\\) AND statusCategory != Done");

    /** The user the site hides its hidden issues from ({@link #hides}). */
    public final ApplicationUser user = new User("ben", "Ben Okafor");
    /** A user who may browse every issue. */
    public final ApplicationUser admin = new User("ada", "Ada Admin");
    public final SearchService searchService = new Search();
    public final IssueLinkManager issueLinkManager = new Links();
    public final IssueLinkTypeManager issueLinkTypeManager = new LinkTypes();
    public final PermissionManager permissionManager = new Permissions();
    public final CustomFieldManager customFieldManager = new CustomFields();
    public final InMemoryIssueProperties properties;

    private final JiraCosts costs;
    private final CustomField epicLinkField = new CustomField() {
    };
    private final Map<String, SiteIssue> byKey = new HashMap<>();
    private final Map<Long, SiteIssue> byId = new HashMap<>();
    /** Each sub-task's parent, by id. */
    private final Map<Long, Long> parents = new HashMap<>();
    private final List<Issue> objectives = new ArrayList<>();
    private final List<Issue> kpis = new ArrayList<>();
    private final Map<String, List<Issue>> keyResultsByEpic = new HashMap<>();
    private final Map<String, List<Issue>> objectivesByProject = new HashMap<>();
    private final Set<Issue> forbidden = new HashSet<>();
    private final Map<String, LinkType> linkTypes = new HashMap<>();
    private final Map<Long, List<IssueLink>> outward = new HashMap<>();
    private final Map<Long, List<IssueLink>> inward = new HashMap<>();
    private final Map<Long, List<IssueLink>> byLinkType = new HashMap<>();
    /** What each JQL found, worked out once: the site's own bookkeeping, not what Jira is charged for. */
    private final Map<String, Found> answers = new HashMap<>();
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, IssueType> types = new HashMap<>();
    private final Map<String, Status> statuses = new HashMap<>();
    private final Map<String, Project> projects = new HashMap<>();
    private final Map<String, ApplicationUser> users = new HashMap<>();
    private long nextId = 10_000;
    private int nextSubTask = 1_000_000;

    /** {@code portfolio} on a site whose calls cost {@code costs}. */
    public SimulatedJira(Portfolio portfolio, JiraCosts costs) {
        this.costs = costs;
        this.properties = new InMemoryIssueProperties(costs);
        for (Objective objective : portfolio.objectives()) {
            SiteIssue epic = add(objective.issue(), "Epic", objectiveLabels(objective), null);
            objectives.add(epic);
            objectivesByProject.computeIfAbsent(epic.project.getKey(), project -> new ArrayList<>()).add(epic);
            List<Issue> inEpic = keyResultsByEpic.computeIfAbsent(epic.key, key -> new ArrayList<>());
            for (KeyResult keyResult : objective.keyResults()) {
                inEpic.add(keyResult(keyResult, epic));
            }
        }
        for (Kpi kpi : portfolio.kpis()) {
            SiteIssue issue = add(kpi.issue(), Mapping.DEFAULTS.kpiIssueType(), List.of(Mapping.DEFAULTS.kpiLabel()), null);
            kpi.reading().ifPresent(reading -> properties.put(issue.id, OkrProperties.KPI, OkrPropertyJson.kpi(reading).toString()));
            kpis.add(issue);
        }
        for (Objective objective : portfolio.objectives()) {
            objective.parentKeys().forEach(parent -> link(byKey.get(objective.key()), ALIGNS, parentOrHidden(parent)));
        }
        for (Kpi kpi : portfolio.kpis()) {
            kpi.objectiveKeys().stream().map(byKey::get).filter(objective -> objective != null)
                    .forEach(objective -> link(byKey.get(kpi.key()), ALIGNS, objective));
        }
        Comparator<Issue> byIssueKey = Comparator.comparing(Issue::getKey, IssueKeys.ORDER);
        objectives.sort(byIssueKey);
        kpis.sort(byIssueKey);
        objectivesByProject.values().forEach(list -> list.sort(byIssueKey));
        keyResultsByEpic.values().forEach(list -> list.sort(byIssueKey));
    }

    /**
     * {@code links} more links of type {@code typeName}, each between two issues of the site in no
     * objective: a large site's <i>Relates</i>, linking far more issues than the portfolio holds.
     */
    public SimulatedJira otherLinks(String typeName, int links) {
        for (int n = 0; n < links; n++) {
            link(otherIssue(), typeName, otherIssue());
        }
        return this;
    }

    private SiteIssue otherIssue() {
        String key = "OTHER-" + (byKey.size() + 1);
        return add(new com.okradvisor.model.Issue(key, "Other work", "OTHER", Optional.empty(),
                com.okradvisor.model.StatusCategory.IN_PROGRESS, LocalDate.of(2026, 1, 5), Optional.empty(), Optional.empty()),
                "Task", List.of(), null);
    }

    /** The issue {@code key}; fails when the site has none. */
    public Issue issue(String key) {
        Issue issue = byKey.get(key);
        if (issue == null) {
            throw new IllegalArgumentException("the site has no issue " + key);
        }
        return issue;
    }

    /** What the site charged for its calls since the last {@link JiraCosts#forget()}. */
    public JiraCosts costs() {
        return costs;
    }

    public OkrReader reader() {
        return Readers.reader(searchService, issueLinkManager, permissionManager, properties, customFieldManager);
    }

    public PortfolioReader portfolioReader() {
        return Readers.portfolioReader(searchService, issueLinkManager, issueLinkTypeManager, permissionManager, properties,
                customFieldManager);
    }

    private List<String> objectiveLabels(Objective objective) {
        List<String> carried = new ArrayList<>(List.of(Mapping.DEFAULTS.objectiveLabel()));
        if (objective.topLevel()) {
            carried.add(Mapping.DEFAULTS.marks().topLevelLabel());
        }
        if (objective.kind() == ObjectiveKind.COMMITTED) {
            carried.add(Mapping.DEFAULTS.marks().committedLabel());
        } else if (objective.kind() == ObjectiveKind.ASPIRATIONAL) {
            carried.add(Mapping.DEFAULTS.marks().aspirationalLabel());
        }
        return carried;
    }

    /** A key result in {@code epic}, with its properties and its work as sub-tasks, the first {@code done} of them done. */
    private SiteIssue keyResult(KeyResult keyResult, SiteIssue epic) {
        SiteIssue issue = add(keyResult.issue(), "Story", List.of(), epic);
        link(epic, LinkRecord.EPIC_STORY, issue);
        keyResult.metric().ifPresent(metric -> properties.put(issue.id, OkrProperties.METRIC, OkrPropertyJson.metric(metric).toString()));
        if (!keyResult.checkIns().isEmpty()) {
            properties.put(issue.id, OkrProperties.CHECK_INS, OkrProperties.checkInsJson(keyResult.checkIns()));
        }
        for (int n = 0; n < keyResult.work().count(); n++) {
            com.okradvisor.model.Issue task = new com.okradvisor.model.Issue(issue.project.getKey() + "-" + nextSubTask++,
                    "Work on " + keyResult.key(), issue.project.getKey(), keyResult.issue().owner(),
                    n < keyResult.work().done() ? com.okradvisor.model.StatusCategory.DONE : com.okradvisor.model.StatusCategory.IN_PROGRESS,
                    keyResult.issue().created(), keyResult.issue().due(), Optional.empty());
            SiteIssue subTask = add(task, "Sub-task", List.of(), null);
            parents.put(subTask.id, issue.id);
            link(issue, LinkRecord.SUB_TASK, subTask);
        }
        return issue;
    }

    private SiteIssue parentOrHidden(String key) {
        SiteIssue parent = byKey.get(key);
        if (parent == null) {
            parent = add(new com.okradvisor.model.Issue(key, "Not yours to see", key.substring(0, key.indexOf('-')),
                    Optional.empty(), com.okradvisor.model.StatusCategory.IN_PROGRESS, LocalDate.of(2026, 1, 5),
                    Optional.empty(), Optional.empty()), "Epic", List.of(Mapping.DEFAULTS.objectiveLabel()), null);
            objectives.add(parent);
            objectivesByProject.computeIfAbsent(parent.project.getKey(), project -> new ArrayList<>()).add(parent);
            forbidden.add(parent);
        }
        return parent;
    }

    private SiteIssue add(com.okradvisor.model.Issue model, String typeName, List<String> labelNames, SiteIssue epic) {
        Set<Label> carried = new LinkedHashSet<>();
        labelNames.forEach(name -> carried.add(labels.computeIfAbsent(name, label -> new Label(null, null, label))));
        SiteIssue issue = new SiteIssue(nextId++, model.key(), model.summary(),
                projects.computeIfAbsent(model.projectKey(), SiteProject::new),
                statuses.computeIfAbsent(model.status().key(), key -> new SiteStatus(new SiteStatusCategory(key))),
                model.owner().map(name -> users.computeIfAbsent(name, display -> new User(display.toLowerCase(), display))).orElse(null),
                timestamp(Optional.of(model.created())), timestamp(model.due()), timestamp(model.resolved()),
                types.computeIfAbsent(typeName, name -> new SiteIssueType(name, "Sub-task".equals(name))), Set.copyOf(carried), epic);
        byKey.put(issue.key, issue);
        byId.put(issue.id, issue);
        return issue;
    }

    private static Timestamp timestamp(Optional<LocalDate> day) {
        return day.map(value -> Timestamp.valueOf(value.atStartOfDay())).orElse(null);
    }

    private void link(SiteIssue source, String typeName, SiteIssue destination) {
        LinkType type = linkTypes.computeIfAbsent(typeName, name -> new LinkType(20_000L + linkTypes.size(), name));
        IssueLink link = new Link(type, source, destination);
        outward.computeIfAbsent(source.id, id -> new ArrayList<>()).add(link);
        inward.computeIfAbsent(destination.id, id -> new ArrayList<>()).add(link);
        byLinkType.computeIfAbsent(type.getId(), id -> new ArrayList<>()).add(link);
    }

    /**
     * Besides the parents outside the portfolio, every issue {@code hidden} selects (an objective, a key
     * result, a KPI, a sub-task) is one {@link #user} may not browse; {@link #admin} may browse them all.
     */
    public SimulatedJira hides(Predicate<Issue> hidden) {
        byKey.values().stream().filter(hidden).forEach(forbidden::add);
        answers.clear();
        return this;
    }

    /** The issues a JQL finds that {@link #user} may browse, and all of them. */
    private record Found(List<Issue> visible, List<Issue> all) {
    }

    private Found answer(String jql) {
        return answers.computeIfAbsent(jql, text -> {
            List<Issue> all = find(text);
            return new Found(all.stream().filter(issue -> !forbidden.contains(issue)).toList(), all);
        });
    }

    /** The issues {@code found} holds that {@code searcher} may browse. */
    private List<Issue> browsable(Found found, ApplicationUser searcher) {
        return searcher == user ? found.visible() : found.all();
    }

    private SearchResults<Issue> page(List<Issue> found, PagerFilter<?> pager) throws SearchException {
        int start = pager.getStart();
        int max = pager.getMax();
        if (start + max > JiraSearch.SEARCH_WINDOW) {
            costs.search(0);
            throw new SearchException("Search limit exceeded: the search requests " + (start + max)
                    + " results, past the search platform limit of " + JiraSearch.SEARCH_WINDOW + ".");
        }
        List<Issue> page = found.subList(Math.min(start, found.size()), Math.min(start + max, found.size()));
        costs.search(page.size());
        return new Page(page, found.size());
    }

    private List<Issue> find(String jql) {
        Mapping mapping = Mapping.DEFAULTS;
        if (jql.equals("(" + mapping.objectiveJql() + ") ORDER BY key")) {
            return objectives;
        }
        if (jql.equals("(" + mapping.kpiJql() + ") ORDER BY key")) {
            return kpis;
        }
        Matcher match = EPICS.matcher(jql);
        if (match.matches()) {
            List<Issue> found = new ArrayList<>();
            Matcher epic = QUOTED.matcher(match.group(1));
            while (epic.find()) {
                found.addAll(keyResultsByEpic.getOrDefault(epic.group(1), List.of()));
            }
            found.sort(Comparator.comparing(Issue::getKey, IssueKeys.ORDER));
            return found;
        }
        match = EPIC.matcher(jql);
        if (match.matches()) {
            return keyResultsByEpic.getOrDefault(unquoted(match.group(1)), List.of());
        }
        match = KEY_IN_EPIC.matcher(jql);
        if (match.matches()) {
            String key = unquoted(match.group(1));
            return keyResultsByEpic.getOrDefault(unquoted(match.group(2)), List.of()).stream()
                    .filter(issue -> issue.getKey().equals(key)).toList();
        }
        match = PROJECT.matcher(jql);
        if (match.matches() && match.group(2).equals(mapping.objectiveJql())) {
            return objectivesByProject.getOrDefault(unquoted(match.group(1)), List.of());
        }
        String restriction = jql.replaceFirst("^\\((.*)\\) ORDER BY key$", "$1").replaceFirst(" ORDER BY key$", "");
        match = LINK_TYPE.matcher(restriction);
        if (match.matches()) {
            String outwardName = unquoted(match.group(1));
            return linkTypes.values().stream().filter(type -> type.getOutward().equals(outwardName))
                    .flatMap(type -> byLinkType.getOrDefault(type.getId(), List.of()).stream())
                    .flatMap(link -> Stream.<Issue>of(byId.get(link.getSourceId()), byId.get(link.getDestinationId()))).distinct().toList();
        }
        match = SUB_TASKS.matcher(restriction);
        if (match.matches()) {
            Set<Long> parentIds = new HashSet<>();
            Matcher parent = QUOTED.matcher(match.group(1));
            while (parent.find()) {
                parentIds.add(byKey.get(parent.group(1)).id);
            }
            return parents.entrySet().stream().filter(entry -> parentIds.contains(entry.getValue()))
                    .map(entry -> (Issue) byId.get(entry.getKey())).sorted(Comparator.comparing(Issue::getKey, IssueKeys.ORDER)).toList();
        }
        match = IDS.matcher(restriction);
        if (match.matches()) {
            return Stream.of(match.group(1).split(", ")).map(Long::valueOf).map(byId::get).filter(issue -> issue != null)
                    .map(Issue.class::cast).sorted(Comparator.comparing(Issue::getKey, IssueKeys.ORDER)).toList();
        }
        match = KEYS.matcher(restriction);
        if (match.matches()) {
            List<Issue> found = new ArrayList<>();
            Matcher key = QUOTED.matcher(match.group(1));
            while (key.find()) {
                Optional.ofNullable(byKey.get(key.group(1))).ifPresent(found::add);
            }
            found.sort(Comparator.comparing(Issue::getKey, IssueKeys.ORDER));
            return found;
        }
        match = OWNED_ELSEWHERE.matcher(restriction);
        if (match.matches()) {
            Set<String> owners = new HashSet<>();
            Matcher owner = QUOTED.matcher(match.group(1));
            while (owner.find()) {
                owners.add(owner.group(1));
            }
            String notIn = unquoted(match.group(2));
            return keyResultsByEpic.entrySet().stream().filter(epic -> !epic.getKey().equals(notIn))
                    .flatMap(epic -> epic.getValue().stream())
                    .filter(issue -> issue.getAssignee() != null && owners.contains(issue.getAssignee().getUsername())
                            && !"done".equals(issue.getStatus().getStatusCategory().getKey()))
                    .sorted(Comparator.comparing(Issue::getKey, IssueKeys.ORDER)).toList();
        }
        throw new IllegalArgumentException("the simulated site does not answer this JQL: " + jql);
    }

    private static String unquoted(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }

    private final class Search implements SearchService {

        @Override
        public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException {
            return page(browsable(answer(((Jql) query).text()), searcher), pager);
        }

        /** Costs what a search costs: the permission filter is a cached bit set, not what a search pays for. */
        @Override
        public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException {
            return page(answer(((Jql) query).text()).all(), pager);
        }

        @Override
        public long searchCountOverrideSecurity(ApplicationUser searcher, Query query) {
            costs.count();
            return answer(((Jql) query).text()).all().size();
        }

        @Override
        public ParseResult parseQuery(ApplicationUser searcher, String query) {
            costs.parse();
            return new Parsed(new Jql(query));
        }

        /** This site knows every field the app's JQL names, {@code issueLinkType} included; validating costs a parse. */
        @Override
        public MessageSet validateQuery(ApplicationUser searcher, Query query) {
            costs.parse();
            return () -> false;
        }
    }

    private record Jql(String text) implements Query {
    }

    private static final class Parsed extends SearchService.ParseResult {
        private final Query query;

        Parsed(Query query) {
            this.query = query;
        }

        @Override
        public Query getQuery() {
            return query;
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    private static final class Page extends SearchResults<Issue> {
        private final List<Issue> results;
        private final int total;

        Page(List<Issue> results, int total) {
            this.results = results;
            this.total = total;
        }

        @Override
        public List<Issue> getResults() {
            return results;
        }

        @Override
        public int getTotal() {
            return total;
        }
    }

    private final class Links implements IssueLinkManager {

        @Override
        public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
            List<IssueLink> links = outward.getOrDefault(sourceIssueId, List.of());
            costs.issueLinks(links.size());
            return links;
        }

        @Override
        public List<IssueLink> getInwardLinks(Long destinationIssueId) {
            List<IssueLink> links = inward.getOrDefault(destinationIssueId, List.of());
            costs.issueLinks(links.size());
            return links;
        }

        @Override
        public Collection<IssueLink> getIssueLinks(Long issueLinkTypeId) {
            List<IssueLink> links = byLinkType.getOrDefault(issueLinkTypeId, List.of());
            costs.databaseQuery(links.size());
            return links;
        }
    }

    /** Jira lists the user-defined link types; its system ones (the epic's, the sub-task's) are left out. */
    private final class LinkTypes implements IssueLinkTypeManager {
        @Override
        public Collection<IssueLinkType> getIssueLinkTypes() {
            costs.cached();
            return linkTypes.values().stream().filter(type -> !LinkRecord.EPIC_STORY.equals(type.getName())
                    && !LinkRecord.SUB_TASK.equals(type.getName())).map(IssueLinkType.class::cast).toList();
        }
    }

    /** {@link #user} may browse every issue but the hidden ones, any other user every issue. */
    private final class Permissions implements PermissionManager {
        @Override
        public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser asking) {
            costs.cached();
            return asking != user || !forbidden.contains(issue);
        }
    }

    private final class CustomFields implements CustomFieldManager {
        @Override
        public Collection<CustomField> getCustomFieldObjectsByName(String customFieldName) {
            costs.cached();
            return Mapping.DEFAULTS.epicLinkField().equals(customFieldName) ? List.of(epicLinkField) : List.of();
        }
    }

    /**
     * An issue as a search returns it, with its fields loaded: reading them costs nothing more, the
     * epic link (Jira Software's field) included.
     */
    private final class SiteIssue implements MutableIssue {
        private final Long id;
        private final String key;
        private final String summary;
        private final Project project;
        private final Status status;
        private final ApplicationUser assignee;
        private final Timestamp created;
        private final Timestamp due;
        private final Timestamp resolved;
        private final IssueType type;
        private final Set<Label> labels;
        private final Issue epic;

        SiteIssue(Long id, String key, String summary, Project project, Status status, ApplicationUser assignee, Timestamp created,
                Timestamp due, Timestamp resolved, IssueType type, Set<Label> labels, Issue epic) {
            this.id = id;
            this.key = key;
            this.summary = summary;
            this.project = project;
            this.status = status;
            this.assignee = assignee;
            this.created = created;
            this.due = due;
            this.resolved = resolved;
            this.type = type;
            this.labels = labels;
            this.epic = epic;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getSummary() {
            return summary;
        }

        @Override
        public Status getStatus() {
            return status;
        }

        @Override
        public ApplicationUser getAssignee() {
            return assignee;
        }

        @Override
        public Timestamp getCreated() {
            return created;
        }

        @Override
        public Timestamp getDueDate() {
            return due;
        }

        @Override
        public Timestamp getResolutionDate() {
            return resolved;
        }

        @Override
        public Project getProjectObject() {
            return project;
        }

        @Override
        public IssueType getIssueType() {
            return type;
        }

        @Override
        public Set<Label> getLabels() {
            return labels;
        }

        @Override
        public boolean isSubTask() {
            return type.isSubTask();
        }

        @Override
        public Long getParentId() {
            return parents.get(id);
        }

        @Override
        public Object getCustomFieldValue(CustomField customField) {
            return customField == epicLinkField ? epic : null;
        }

        @Override
        public String toString() {
            return key;
        }
    }

    private record User(String getKey, String getDisplayName) implements ApplicationUser {
        @Override
        public String getUsername() {
            return getKey;
        }
    }

    private record SiteProject(String getKey) implements Project {
    }

    private record SiteStatusCategory(String getKey) implements StatusCategory {
    }

    private record SiteStatus(StatusCategory getStatusCategory) implements Status {
    }

    private record SiteIssueType(String getName, boolean isSubTask) implements IssueType {
    }

    /** A link type whose two descriptions are its name, as Jira's "Relates" has "relates to" both ways. */
    private record LinkType(Long getId, String getName) implements IssueLinkType {
        @Override
        public String getOutward() {
            return getName.toLowerCase(Locale.ROOT);
        }

        @Override
        public String getInward() {
            return getOutward();
        }
    }

    /**
     * A link holds the ids of its two issues; asked for either issue, Jira loads it by id (its public
     * 6.x source: {@code IssueLinkImpl.getDestinationObject()} calls {@code getIssueObject(id)} of the
     * issue manager, which reads the database), charged as a database query.
     */
    private final class Link implements IssueLink {
        private final IssueLinkType type;
        private final Long sourceId;
        private final Long destinationId;

        Link(IssueLinkType type, SiteIssue source, SiteIssue destination) {
            this.type = type;
            this.sourceId = source.getId();
            this.destinationId = destination.getId();
        }

        @Override
        public IssueLinkType getIssueLinkType() {
            return type;
        }

        @Override
        public Long getSourceId() {
            return sourceId;
        }

        @Override
        public Long getDestinationId() {
            return destinationId;
        }

        @Override
        public Issue getSourceObject() {
            costs.databaseQuery(1);
            return byId.get(sourceId);
        }

        @Override
        public Issue getDestinationObject() {
            costs.databaseQuery(1);
            return byId.get(destinationId);
        }
    }
}
