package com.okradvisor.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.intake.Intake;
import com.okradvisor.intake.IntakeProblem;
import com.okradvisor.intake.IssueRecord;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.intake.PortfolioAssembler;
import com.okradvisor.jira.view.LeftOut;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.view.HiddenAlignment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Reads one objective from Jira, as the current user may see it, together with the part of the
 * portfolio its judgement needs, and turns both into the model through the {@link PortfolioAssembler}
 * the command line shares (docs/jira-api.md). A rule written for the whole portfolio must not judge a
 * slice, so the snapshot holds, beside the objective, its key results and its KPIs:
 * <ul>
 *   <li>every objective its KPIs support (whether a KPI is left without an active objective);</li>
 *   <li>its parents and theirs, up the alignment chain (an inactive parent, a loop through it);</li>
 *   <li>its project's objectives (too many objectives in one cycle);</li>
 *   <li>the open key results its key results' owners hold in other objectives, with those objectives
 *       (an owner's load in a cycle, counted as a judgement of the whole portfolio counts it).</li>
 * </ul>
 * Only the objective's own issues are shown; the rest is read only to judge them.
 *
 * <p>Every read is bounded, whatever the site's size: one paged search for the key results (at most
 * {@value #KEY_RESULTS_READ}) and one count of them, one search for the project's objectives (at most
 * {@value #NEIGHBOURS_READ}), two link reads for the objective, for each KPI (at most
 * {@value #KPIS_READ}) and for each key result read (its work: sub-tasks, which Jira keeps as links of
 * its own type, and links of a work type), one for each ancestor (its outward links; at most
 * {@value #NEIGHBOURS_READ} objectives read besides the objective), a permission check per issue the
 * alignment links reach, one search as the user per {@value PortfolioLinks#IDS_PER_SEARCH} issues the
 * key results' work links reach (work the user may not browse is counted as hidden, never named), one
 * property query for each issue whose {@code okr.*} properties are judged, one search for the owners' key results
 * elsewhere ({@link Records#addOwnersKeyResults}) with a permission check per epic it reaches; one more
 * search when a key result's own view asks for it beyond the bound. No search is made per issue.
 */
@Named
public class OkrReader {

    /**
     * The most key results one view of an objective reads and judges (its panel, a key result's
     * panel, {@code GET /objectives/{key}}); the rest are counted, not shown and not judged, and the
     * views say how many, and the objective counts them ({@link Objective#keyResultsNotRead}), so that a
     * rule on the number of its key results judges the whole epic. A good objective has a handful, and
     * 20 fill a panel. Jira answers one property query per key result read (its entity property query
     * takes one issue or all), so the bound is what keeps a view of a huge epic within the view-issue
     * page's budget: under the model of Jira's costs a panel that read 500 took 378 ms, 51 take 64 ms and
     * 20 take 42 ms (docs/performance.md, run <i>T</i>).
     */
    public static final int KEY_RESULTS_READ = 20;
    /** The most KPIs one view of an objective reads and judges; an objective has a few. */
    public static final int KPIS_READ = 100;
    /**
     * The most other objectives one view reads to judge its objective as the portfolio would: those of
     * its project, and its ancestors. A project with more objectives than this has a bigger problem,
     * which the view reports all the same.
     */
    static final int NEIGHBOURS_READ = 200;
    /**
     * The most owners of the objective's key results whose key results elsewhere one view reads, so that
     * it counts an owner's load as the whole portfolio does (owner-overloaded); the first owners in key
     * order. An objective has a handful.
     */
    static final int OWNERS_COUNTED = 20;
    /** The most key results of those owners, elsewhere, one view reads: five pages of a search. */
    static final int OWNED_ELSEWHERE_READ = 1_000;

    private final JiraSearch search;
    private final IssueLinkManager issueLinkManager;
    private final PermissionManager permissionManager;
    private final IssueProperties issueProperties;
    private final CustomFieldManager customFieldManager;

    @Inject
    public OkrReader(JiraSearch search, IssueLinkManager issueLinkManager, PermissionManager permissionManager,
            IssueProperties issueProperties, CustomFieldManager customFieldManager) {
        this.search = search;
        this.issueLinkManager = issueLinkManager;
        this.permissionManager = permissionManager;
        this.issueProperties = issueProperties;
        this.customFieldManager = customFieldManager;
    }

    /** True when the mapping makes {@code issue} an objective and {@code user} may browse it. */
    public boolean isObjective(Issue issue, ApplicationUser user, Mapping mapping) {
        return JiraIssues.isObjective(issue, mapping) && mayBrowse(issue, user);
    }

    /** The objective whose epic holds {@code keyResult}, through the mapping's epic link field, when the user may browse it. */
    public Optional<Issue> objectiveOf(Issue keyResult, ApplicationUser user, Mapping mapping) {
        if (keyResult.isSubTask()) {
            return Optional.empty();
        }
        return epicOf(keyResult, mapping).filter(epic -> isObjective(epic, user, mapping));
    }

    /** The objective {@code epic} with its key results, KPIs and what judging it needs, as {@code user} may see them. */
    public ObjectiveSnapshot readObjective(Issue epic, ApplicationUser user, Mapping mapping) {
        return read(epic, Optional.empty(), user, mapping);
    }

    /**
     * The objective {@code epic} as {@link #readObjective} reads it, with {@code keyResult} among its
     * key results even when it lies beyond the first {@value #KEY_RESULTS_READ}: a key result's own
     * panel and REST answer never go missing on a large epic.
     */
    public ObjectiveSnapshot readObjectiveAround(Issue keyResult, Issue epic, ApplicationUser user, Mapping mapping) {
        return read(epic, Optional.of(keyResult), user, mapping);
    }

    private ObjectiveSnapshot read(Issue epic, Optional<Issue> keyResult, ApplicationUser user, Mapping mapping) {
        Records records = new Records(user, mapping);
        String keyResultsClause = Mapping.quoted(mapping.epicLinkField()) + " = " + Mapping.quoted(epic.getKey())
                + " AND issuetype not in subTaskIssueTypes()";
        String keyResultsJql = keyResultsClause + " ORDER BY key";
        JiraSearch.Found visibleKeyResults = search.issues(user, keyResultsJql, KEY_RESULTS_READ);
        List<Issue> keyResultIssues = withKeyResult(visibleKeyResults, keyResult, user, keyResultsClause);
        long allKeyResults = search.countAll(user, keyResultsJql);

        Aligned aligned = records.add(epic, Optional.empty(), Links.BOTH, false);
        records.addKeyResults(keyResultIssues, epic.getKey());
        records.addAncestors(aligned.outward());
        List<Issue> kpis = aligned.all().stream().filter(issue -> JiraIssues.isKpi(issue, mapping)).toList();
        for (Issue kpi : kpis.subList(0, Math.min(KPIS_READ, kpis.size()))) {
            records.add(kpi, Optional.empty(), Links.BOTH, true).all().forEach(records::addNeighbour);
        }
        records.addProjectObjectives(epic);
        records.addOwnersKeyResults(epic, keyResultIssues);

        Intake intake = new PortfolioAssembler(mapping).assemble(records.all());
        int hidden = (int) Math.max(0, allKeyResults - visibleKeyResults.total());
        int keyResultsNotRead = Math.max(0, visibleKeyResults.total() - keyResultIssues.size());
        Objective objective = intake.portfolio().objective(epic.getKey()).orElseThrow().withKeyResultsNotRead(keyResultsNotRead);
        Portfolio portfolio = intake.portfolio().with(objective);
        LeftOut leftOut = new LeftOut(hidden, keyResultsNotRead, Math.max(0, kpis.size() - KPIS_READ));
        List<IntakeProblem> problems = new ArrayList<>(records.problems);
        problems.addAll(intake.problems());
        return new ObjectiveSnapshot(objective, portfolio, leftOut, problems);
    }

    /**
     * The key results read, and {@code keyResult} after them when the read stopped before it and
     * {@code keyResultsClause} selects it: one more search, made only on an epic larger than the bound.
     */
    private List<Issue> withKeyResult(JiraSearch.Found read, Optional<Issue> keyResult, ApplicationUser user,
            String keyResultsClause) {
        List<Issue> keyResults = new ArrayList<>(read.issues());
        keyResult.filter(wanted -> read.notRead() > 0)
                .filter(wanted -> keyResults.stream().noneMatch(issue -> issue.getKey().equals(wanted.getKey())))
                .filter(wanted -> search.matchesAny(user, "key = " + Mapping.quoted(wanted.getKey()) + " AND " + keyResultsClause))
                .ifPresent(keyResults::add);
        return keyResults;
    }

    /** The epic {@code issue} is in, through the first field of the mapping's name that holds an issue. */
    Optional<Issue> epicOf(Issue issue, Mapping mapping) {
        return epicOf(issue, epicLinkFields(mapping));
    }

    /** The fields of the mapping's epic link name: look them up once for many issues. */
    Collection<CustomField> epicLinkFields(Mapping mapping) {
        return customFieldManager.getCustomFieldObjectsByName(mapping.epicLinkField());
    }

    /** The epic {@code issue} is in, through the first of {@code epicLinkFields} that holds an issue. */
    static Optional<Issue> epicOf(Issue issue, Collection<CustomField> epicLinkFields) {
        for (CustomField field : epicLinkFields) {
            if (issue.getCustomFieldValue(field) instanceof Issue epic) {
                return Optional.of(epic);
            }
        }
        return Optional.empty();
    }

    /**
     * How many parents and children of each of the objectives {@code objectiveKeys} are objectives
     * {@code user} may not browse, through the mapping's alignment links: counted, never named. One
     * search per {@value #NEIGHBOURS_READ} keys (as the user: an objective they may not browse is not
     * looked at), two link reads per objective and a permission check per issue its links reach.
     */
    public Map<String, HiddenAlignment.Count> hiddenAlignment(List<String> objectiveKeys, ApplicationUser user, Mapping mapping) {
        Map<String, HiddenAlignment.Count> counts = new LinkedHashMap<>();
        Records records = new Records(user, mapping);
        for (int from = 0; from < objectiveKeys.size(); from += NEIGHBOURS_READ) {
            List<String> keys = objectiveKeys.subList(from, Math.min(objectiveKeys.size(), from + NEIGHBOURS_READ));
            String jql = "key in (" + String.join(", ", keys.stream().map(Mapping::quoted).toList()) + ") ORDER BY key";
            for (Issue objective : search.issues(user, jql, keys.size()).issues()) {
                int parents = 0;
                int children = 0;
                for (IssueLink link : records.followedLinks(objective, Links.BOTH)) {
                    boolean fromHere = isSource(link, objective);
                    Issue other = fromHere ? link.getDestinationObject() : link.getSourceObject();
                    if (JiraIssues.isObjective(other, mapping) && !mayBrowse(other, user)) {
                        parents += fromHere ? 1 : 0;
                        children += fromHere ? 0 : 1;
                    }
                }
                counts.put(objective.getKey(), new HiddenAlignment.Count(parents, children));
            }
        }
        return counts;
    }

    /**
     * True when {@code issue} is where {@code link} starts, told by the ids the link holds: Jira's
     * {@code IssueLink.getSourceObject()} loads the issue again (its public 6.x source,
     * {@code IssueLinkImpl}), a read per link for nothing.
     */
    private static boolean isSource(IssueLink link, Issue issue) {
        return issue.getId().equals(link.getSourceId());
    }

    /** The JQL of a project's objectives. */
    static String projectObjectives(Mapping mapping, String projectKey) {
        return "project = " + Mapping.quoted(projectKey) + " AND (" + mapping.objectiveJql() + ")";
    }

    private boolean mayBrowse(Issue issue, ApplicationUser user) {
        return permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    /** Which of an issue's links a read follows. */
    private enum Links {
        /** None: a neighbour read only to judge the objective on screen. */
        NONE,
        /** Alignment links from the issue: an ancestor's way further up the chain. */
        OUTWARD,
        /** Alignment links both ways: the objective's parents and KPIs, a KPI's objectives. */
        BOTH,
        /** A key result's work: its sub-tasks, and links of a work type both ways. */
        WORK
    }

    /** The issues an issue's followed links reach that the user may browse: all of them, and those it links to. */
    private record Aligned(List<Issue> all, List<Issue> outward) {
        static final Aligned NONE = new Aligned(List.of(), List.of());
    }

    /** The issue records one read collects, each issue once, and the properties that could not be parsed. */
    private final class Records {
        private final ApplicationUser user;
        private final Mapping mapping;
        private final Map<String, IssueRecord> byKey = new LinkedHashMap<>();
        private final List<IntakeProblem> problems = new ArrayList<>();
        private int neighbours;

        Records(ApplicationUser user, Mapping mapping) {
            this.user = user;
            this.mapping = mapping;
        }

        List<IssueRecord> all() {
            return List.copyOf(byKey.values());
        }

        /**
         * Adds {@code issue}, unless it is there already, with the links {@code followed} names and the properties
         * asked for; returns what its links reach.
         */
        Aligned add(Issue issue, Optional<String> epicKey, Links followed, boolean withProperties) {
            if (byKey.containsKey(issue.getKey())) {
                return Aligned.NONE;
            }
            List<LinkRecord> links = new ArrayList<>();
            List<Issue> all = new ArrayList<>();
            List<Issue> outward = new ArrayList<>();
            if (followed != Links.NONE) {
                for (IssueLink link : followedLinks(issue, followed)) {
                    boolean fromHere = isSource(link, issue);
                    Issue other = fromHere ? link.getDestinationObject() : link.getSourceObject();
                    boolean visible = mayBrowse(other, user);
                    links.add(JiraIssues.link(link.getIssueLinkType().getName(), other, visible, fromHere));
                    if (visible) {
                        all.add(other);
                        if (fromHere) {
                            outward.add(other);
                        }
                    }
                }
            }
            byKey.put(issue.getKey(), JiraIssues.record(issue, epicKey, links, withProperties ? properties(issue) : Map.of()));
            return new Aligned(all, outward);
        }

        /**
         * Adds {@code keyResults} of {@code epicKey} with their properties and their work: the sub-tasks and
         * work links each one's two link reads give, and the issues at their far ends found by id, by one
         * search as the user per {@value PortfolioLinks#IDS_PER_SEARCH} ({@link PortfolioLinks#addFarWork}), so
         * that a far end costs no load of its own and one the user may not browse is counted, never named.
         */
        void addKeyResults(List<Issue> keyResults, String epicKey) {
            Map<Long, List<PortfolioLinks.FarWork>> farWork = new LinkedHashMap<>();
            List<Issue> added = keyResults.stream().filter(keyResult -> !byKey.containsKey(keyResult.getKey())).toList();
            for (Issue keyResult : added) {
                for (IssueLink link : followedLinks(keyResult, Links.WORK)) {
                    boolean fromHere = isSource(link, keyResult);
                    farWork.computeIfAbsent(fromHere ? link.getDestinationId() : link.getSourceId(), id -> new ArrayList<>())
                            .add(new PortfolioLinks.FarWork(keyResult.getId(), link.getIssueLinkType().getName(), fromHere));
                }
            }
            Map<Long, List<LinkRecord>> work = new HashMap<>();
            PortfolioLinks.addFarWork(search, user, farWork, work);
            for (Issue keyResult : added) {
                byKey.put(keyResult.getKey(), JiraIssues.record(keyResult, Optional.of(epicKey),
                        work.getOrDefault(keyResult.getId(), List.of()), properties(keyResult)));
            }
        }

        /** Adds an objective read only to judge the one on screen, without links or properties, up to the bound. */
        void addNeighbour(Issue issue) {
            if (neighbours < NEIGHBOURS_READ && !byKey.containsKey(issue.getKey()) && JiraIssues.isObjective(issue, mapping)) {
                add(issue, Optional.empty(), Links.NONE, false);
                neighbours++;
            }
        }

        /** The objectives up the alignment chain from {@code parents}, breadth first, with their outward links. */
        void addAncestors(List<Issue> parents) {
            Deque<Issue> next = new ArrayDeque<>(parents);
            while (!next.isEmpty() && neighbours < NEIGHBOURS_READ) {
                Issue candidate = next.poll();
                if (!byKey.containsKey(candidate.getKey()) && JiraIssues.isObjective(candidate, mapping)) {
                    next.addAll(add(candidate, Optional.empty(), Links.OUTWARD, false).outward());
                    neighbours++;
                }
            }
        }

        /** The objectives of the epic's project that the user may browse. */
        void addProjectObjectives(Issue epic) {
            String jql = projectObjectives(mapping, epic.getProjectObject().getKey()) + " ORDER BY key";
            search.issues(user, jql, NEIGHBOURS_READ).issues().forEach(this::addNeighbour);
        }

        /**
         * The open key results the owners of {@code keyResults} hold in objectives other than {@code epic} the user may
         * browse, with those objectives, read only to count each owner's load in a cycle as a judgement of
         * the whole portfolio does: one search as the user for at most {@value #OWNERS_COUNTED} owners,
         * reading at most {@value #OWNED_ELSEWHERE_READ} issues, and a permission check per epic they are
         * in. An issue whose epic is not an objective the user may browse is no key result, as in the
         * portfolio the coach view reads.
         */
        void addOwnersKeyResults(Issue epic, List<Issue> keyResults) {
            List<String> owners = keyResults.stream().map(Issue::getAssignee).filter(owner -> owner != null)
                    .map(ApplicationUser::getUsername).distinct().limit(OWNERS_COUNTED).toList();
            if (owners.isEmpty()) {
                return;
            }
            String jql = "assignee in (" + owners.stream().map(Mapping::quoted).collect(Collectors.joining(", ")) + ") AND "
                    + Mapping.quoted(mapping.epicLinkField()) + " is not EMPTY AND " + Mapping.quoted(mapping.epicLinkField()) + " != "
                    + Mapping.quoted(epic.getKey()) + " AND issuetype not in subTaskIssueTypes()"
                    + " AND statusCategory != Done ORDER BY key";
            Map<String, Boolean> objectiveEpics = new HashMap<>();
            Collection<CustomField> epicLinkFields = epicLinkFields(mapping);
            for (Issue owned : search.issues(user, jql, OWNED_ELSEWHERE_READ).issues()) {
                Optional<Issue> other = epicOf(owned, epicLinkFields).filter(candidate -> !candidate.getKey().equals(epic.getKey())
                        && objectiveEpics.computeIfAbsent(candidate.getKey(), key -> isObjective(candidate, user, mapping)));
                if (other.isPresent() && !byKey.containsKey(owned.getKey()) && !JiraIssues.isObjective(owned, mapping)
                        && !JiraIssues.isKpi(owned, mapping)) {
                    add(other.get(), Optional.empty(), Links.NONE, false);
                    add(owned, Optional.of(other.get().getKey()), Links.NONE, false);
                }
            }
        }

        /**
         * The links {@code followed} names, never an epic's own: of an alignment type (any, or only the
         * configured ones), or a key result's sub-tasks and links of a work type.
         */
        private List<IssueLink> followedLinks(Issue issue, Links followed) {
            Stream<IssueLink> outward = issueLinkManager.getOutwardLinks(issue.getId()).stream();
            Stream<IssueLink> inward = followed == Links.OUTWARD ? Stream.empty() : issueLinkManager.getInwardLinks(issue.getId()).stream()
                    .filter(link -> !LinkRecord.SUB_TASK.equals(link.getIssueLinkType().getName()));
            return Stream.concat(outward, inward).filter(link -> {
                String type = link.getIssueLinkType().getName();
                if (followed == Links.WORK) {
                    return LinkRecord.SUB_TASK.equals(type) || !LinkRecord.EPIC_STORY.equals(type) && mapping.countsAsWork(type);
                }
                return !LinkRecord.EPIC_STORY.equals(type) && !LinkRecord.SUB_TASK.equals(type) && mapping.aligns(type);
            }).toList();
        }

        /** The issue's {@code okr.*} properties as JSON; one that is not JSON is left out and reported. */
        private Map<String, JsonNode> properties(Issue issue) {
            return JiraIssues.properties(issue.getKey(), issueProperties.okrProperties(issue.getId()), problems);
        }
    }
}
