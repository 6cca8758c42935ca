package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.model.Mapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The links of a portfolio read in bulk ({@link PortfolioReader}): the alignment links between the
 * issues read, and each key result's work, its sub-tasks and the issues linked to it by a work link
 * type, as {@link OkrReader} gives them to a panel, so that the assembler makes the same
 * {@link com.okradvisor.model.Work} of them. Jira's calls grow with link types and result pages, never
 * with the site's links (docs/design.md, "Reading a portfolio"):
 * <ul>
 *   <li>per user-defined link type the mapping aligns by or counts as work, one count of the issues
 *       linked by it anywhere ({@code issueLinkType in (…)}); a type linking at most
 *       {@value #TYPE_LINKS_READ} issues is read whole ({@code getIssueLinks}), one call; the links of a
 *       larger type, or of a type the mapping does not name when this Jira's JQL has no
 *       {@code issueLinkType} (it is documented for Jira Cloud; for Data Center 10.3 and 11.3 it is
 *       unconfirmed), are read from the issues in hand instead: one link read per objective or KPI, and
 *       two per key result when such a type counts as work, whatever the type's size;</li>
 *   <li>the issues at the far end of a key result's work links, when not read already, by a search as
 *       the user for each {@value #IDS_PER_SEARCH} of them ({@code id in (…)}): one the search does not
 *       return is work the user may not browse, counted as hidden and never named;</li>
 *   <li>the sub-tasks of each {@value #IDS_PER_SEARCH} key results, by a search as the user
 *       ({@code parent in (…)}) and a count of all of them; only when the count finds sub-tasks the
 *       user may not browse, counts of halves of the batch, to tell whose they are: about two for
 *       each halving (ten for a batch of 1,000) per hidden sub-task's parent, at most one per key result.</li>
 * </ul>
 */
final class PortfolioLinks {

    /**
     * The most issues a link type may link across the site to be read whole: a link joins two issues,
     * so such a type has some 25,000 to 50,000 links (Jira counts issues, not links). A larger type (a
     * site's <i>Relates</i>, say) is read from the issues in hand.
     */
    static final int TYPE_LINKS_READ = 50_000;
    /**
     * Issues one search selects by id or by parent: a JQL of some 15,000 characters, and as many as one
     * page of results holds ({@value JiraSearch#PAGE_SIZE}), so a batch of ids is one request and a
     * batch of key results one search and one count, whatever the number of their sub-tasks' pages.
     */
    static final int IDS_PER_SEARCH = JiraSearch.PAGE_SIZE;

    private final IssueLinkManager issueLinkManager;
    private final IssueLinkTypeManager issueLinkTypeManager;

    PortfolioLinks(IssueLinkManager issueLinkManager, IssueLinkTypeManager issueLinkTypeManager) {
        this.issueLinkManager = issueLinkManager;
        this.issueLinkTypeManager = issueLinkTypeManager;
    }

    /**
     * What a read of the links found: each issue's links, seen from it, and the names of the link types
     * it read issue by issue (one link read per objective or KPI, and two per key result when such a type
     * counts as work), each linking too many issues to read whole or not counted; the view says so, since
     * those reads make it slow on a large site; and the issues of the key results' work that the reads
     * reached, by key.
     */
    record Read(Map<Long, List<LinkRecord>> byIssue, List<String> typesReadIssueByIssue, Map<String, Issue> work) {
    }

    /**
     * The links of the issues {@code byId} holds, seen from each, for {@code user}, through {@code search}:
     * alignment links between two of them, and the work of those {@code keyResults} names.
     */
    Read read(JiraSearch search, ApplicationUser user, Mapping mapping, Map<Long, Issue> byId, Map<Long, Issue> keyResults) {
        Map<Long, List<LinkRecord>> links = new HashMap<>();
        Map<Long, List<FarWork>> farWork = new LinkedHashMap<>();
        List<String> large = new ArrayList<>();
        for (IssueLink link : typedLinks(search, user, mapping, byId, keyResults, large)) {
            String name = link.getIssueLinkType().getName();
            Issue source = byId.get(link.getSourceId());
            Issue destination = byId.get(link.getDestinationId());
            boolean work = mapping.countsAsWork(name);
            if (source != null && destination != null) {
                if (mapping.aligns(name) || work && (keyResults.containsKey(source.getId()) || keyResults.containsKey(destination.getId()))) {
                    add(links, source.getId(), JiraIssues.link(name, destination, true, true));
                    add(links, destination.getId(), JiraIssues.link(name, source, true, false));
                }
            } else if (work && source != null && keyResults.containsKey(source.getId())) {
                farWork.computeIfAbsent(link.getDestinationId(), id -> new ArrayList<>()).add(new FarWork(source.getId(), name, true));
            } else if (work && destination != null && keyResults.containsKey(destination.getId())) {
                farWork.computeIfAbsent(link.getSourceId(), id -> new ArrayList<>()).add(new FarWork(destination.getId(), name, false));
            }
        }
        Map<String, Issue> work = addFarWork(search, user, farWork, links);
        addSubTasks(search, user, List.copyOf(keyResults.values()), links, work);
        return new Read(links, List.copyOf(large), work);
    }

    /** A work link from key result {@code keyResultId} to an issue not read, of type {@code name}. */
    record FarWork(Long keyResultId, String name, boolean outward) {
    }

    /**
     * The links of the user-defined types the mapping aligns by or counts as work (Jira leaves its
     * system types, the epic's and the sub-task's, out of the list): each type whole when it links few
     * enough issues, else from the issues in hand, its name added to {@code large}.
     *
     * <p>How many issues a type links is counted with JQL's {@code issueLinkType} where this Jira has
     * it. Where it has not (Jira's public JQL reference documents it for Cloud), a type the mapping names
     * is read whole, as the administrator chose it, and one it takes only because it takes any type is
     * read from the issues in hand: a site's <i>Relates</i> may link millions of issues.
     *
     * <p>From the issues in hand means an outward read of each objective and KPI, which finds every
     * alignment between two of them, and, only when one of those types counts as work, an outward and an
     * inward read of each key result for its work: key results align nothing.
     */
    private List<IssueLink> typedLinks(JiraSearch search, ApplicationUser user, Mapping mapping, Map<Long, Issue> byId, Map<Long, Issue> keyResults,
            List<String> large) {
        List<IssueLink> links = new ArrayList<>();
        Boolean countable = null;
        for (IssueLinkType type : issueLinkTypeManager.getIssueLinkTypes()) {
            String name = type.getName();
            if (LinkRecord.EPIC_STORY.equals(name) || !mapping.aligns(name) && !mapping.countsAsWork(name)) {
                continue;
            }
            String linked = linkedBy(type);
            if (countable == null) {
                countable = search.knows(user, linked);
            }
            boolean whole = countable ? search.countAll(user, linked) <= TYPE_LINKS_READ : mapping.names(name);
            if (whole) {
                links.addAll(issueLinkManager.getIssueLinks(type.getId()));
            } else {
                large.add(name);
            }
        }
        if (!large.isEmpty()) {
            boolean largeWork = large.stream().anyMatch(mapping::countsAsWork);
            for (Issue issue : byId.values()) {
                boolean keyResult = keyResults.containsKey(issue.getId());
                if (keyResult && !largeWork) {
                    continue;
                }
                issueLinkManager.getOutwardLinks(issue.getId()).stream()
                        .filter(link -> large.contains(link.getIssueLinkType().getName())).forEach(links::add);
                if (keyResult) {
                    issueLinkManager.getInwardLinks(issue.getId()).stream()
                            .filter(link -> large.contains(link.getIssueLinkType().getName()) && !byId.containsKey(link.getSourceId()))
                            .forEach(links::add);
                }
            }
        }
        return links;
    }

    /** The JQL of the issues linked by {@code type} either way: Jira's {@code issueLinkType} takes its two descriptions. */
    static String linkedBy(IssueLinkType type) {
        return "issueLinkType in (" + Mapping.quoted(type.getOutward()) + ", " + Mapping.quoted(type.getInward()) + ")";
    }

    /**
     * Each key result's work beyond the issues read, {@code farWork} by the far end's id, added to
     * {@code links}: those the user may browse named, the rest counted as hidden. One search as the user
     * per {@value #IDS_PER_SEARCH} far ends, never a load or a permission check per issue.
     *
     * @return the issues named, by key
     */
    static Map<String, Issue> addFarWork(JiraSearch search, ApplicationUser user, Map<Long, List<FarWork>> farWork,
            Map<Long, List<LinkRecord>> links) {
        Map<String, Issue> reached = new HashMap<>();
        List<Long> ids = List.copyOf(farWork.keySet());
        for (int from = 0; from < ids.size(); from += IDS_PER_SEARCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + IDS_PER_SEARCH));
            Map<Long, Issue> visible = new HashMap<>();
            search.issues(user, "id in (" + batch.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ") ORDER BY key",
                    batch.size()).issues().forEach(issue -> visible.put(issue.getId(), issue));
            visible.values().forEach(issue -> reached.put(issue.getKey(), issue));
            for (Long id : batch) {
                Issue other = visible.get(id);
                for (FarWork work : farWork.get(id)) {
                    add(links, work.keyResultId(), JiraIssues.link(work.name(), other, other != null, work.outward()));
                }
            }
        }
        return reached;
    }

    /**
     * The sub-tasks of {@code keyResults}, as Jira keeps them (a link of its sub-task type from the
     * parent): those the user may browse named, and put in {@code reached} by key, the rest counted as hidden.
     */
    private void addSubTasks(JiraSearch search, ApplicationUser user, List<Issue> keyResults, Map<Long, List<LinkRecord>> links,
            Map<String, Issue> reached) {
        for (int from = 0; from < keyResults.size(); from += IDS_PER_SEARCH) {
            List<Issue> batch = keyResults.subList(from, Math.min(keyResults.size(), from + IDS_PER_SEARCH));
            JiraSearch.Found found = search.all(user, parentIn(batch), JiraSearch.SEARCH_WINDOW);
            Map<Long, Integer> visible = new HashMap<>();
            for (Issue subTask : found.issues()) {
                add(links, subTask.getParentId(), JiraIssues.link(LinkRecord.SUB_TASK, subTask, true, true));
                reached.put(subTask.getKey(), subTask);
                visible.merge(subTask.getParentId(), 1, Integer::sum);
            }
            addHiddenSubTasks(search, user, batch, search.countAll(user, parentIn(batch)) - found.total(), visible, links);
        }
    }

    /**
     * The {@code hidden} sub-tasks of {@code keyResults}, those the user may not browse, each counted on its
     * parent and never named: the key results are halved until each half holds none or is one key result,
     * one count of all the sub-tasks of the first half a step (the second's is the rest), so a few hidden
     * sub-tasks in a batch cost a few counts per halving, not one per key result.
     */
    private void addHiddenSubTasks(JiraSearch search, ApplicationUser user, List<Issue> keyResults, long hidden, Map<Long, Integer> visible,
            Map<Long, List<LinkRecord>> links) {
        if (hidden <= 0) {
            return;
        }
        if (keyResults.size() == 1) {
            for (long n = 0; n < hidden; n++) {
                add(links, keyResults.get(0).getId(), JiraIssues.link(LinkRecord.SUB_TASK, null, false, true));
            }
            return;
        }
        List<Issue> first = keyResults.subList(0, keyResults.size() / 2);
        long seenInFirst = first.stream().mapToLong(keyResult -> visible.getOrDefault(keyResult.getId(), 0)).sum();
        long hiddenInFirst = Math.min(hidden, search.countAll(user, parentIn(first)) - seenInFirst);
        addHiddenSubTasks(search, user, first, hiddenInFirst, visible, links);
        addHiddenSubTasks(search, user, keyResults.subList(keyResults.size() / 2, keyResults.size()), hidden - hiddenInFirst, visible, links);
    }

    private static String parentIn(List<Issue> keyResults) {
        return "parent in (" + keyResults.stream().map(issue -> Mapping.quoted(issue.getKey())).collect(Collectors.joining(", ")) + ")";
    }

    private static void add(Map<Long, List<LinkRecord>> links, Long issueId, LinkRecord link) {
        links.computeIfAbsent(issueId, id -> new ArrayList<>()).add(link);
    }
}
