package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.okradvisor.advisor.Assessment;
import com.okradvisor.model.Mapping;
import com.okradvisor.progress.CycleCalendar;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.settings.SettingsCodec;
import com.okradvisor.view.FindingFilter;
import com.okradvisor.view.FindingIndex;
import com.okradvisor.view.HiddenAlignment;
import com.okradvisor.view.PortfolioView;
import com.okradvisor.view.ProjectView;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The one path from Jira to a judgement, which the panels and the REST API all take: the settings,
 * loaded once per request and passed along; the objective (or the whole portfolio the user may browse)
 * read with what its judgement needs; the rules in force; and the standings and findings of that one
 * judgement, shown as they are.
 */
@Named
public class OkrAssessments {

    private final OkrReader reader;
    private final PortfolioReader portfolioReader;
    private final OkrSettingsStore settingsStore;
    private final AdvisorInForce rules;
    private final PortfolioCache cache;
    /**
     * False once this Jira has shown it cannot search without the user's permissions (its
     * {@code SearchService} lacks the method): then each viewer is read on their own. The same on every
     * node, as they run the same Jira.
     */
    private volatile boolean siteReadable = true;

    @Inject
    public OkrAssessments(OkrReader reader, PortfolioReader portfolioReader, OkrSettingsStore settingsStore,
            AdvisorInForce rules, PortfolioCache cache) {
        this.reader = reader;
        this.portfolioReader = portfolioReader;
        this.cache = cache;
        this.settingsStore = settingsStore;
        this.rules = rules;
    }

    /** The settings in force: a request loads them once and passes them to what it calls here. */
    public OkrSettings settings() {
        return settingsStore.load();
    }

    /** True when the mapping makes {@code issue} an objective and {@code user} may browse it. */
    public boolean isObjective(Issue issue, ApplicationUser user, OkrSettings settings) {
        return reader.isObjective(issue, user, settings.mapping());
    }

    /** The objective whose epic holds {@code keyResult}, when there is one {@code user} may browse. */
    public Optional<Issue> objectiveOf(Issue keyResult, ApplicationUser user, OkrSettings settings) {
        return reader.objectiveOf(keyResult, user, settings.mapping());
    }

    /** The objective {@code epic} as {@code user} may see it, judged as of {@code asOf}. */
    public ObjectiveAssessment objective(Issue epic, ApplicationUser user, OkrSettings settings, LocalDate asOf) {
        return judge(reader.readObjective(epic, user, settings.mapping()), settings, asOf);
    }

    /** The objective {@code epic} of {@code keyResult}, read with that key result however large the epic. */
    public ObjectiveAssessment aroundKeyResult(Issue keyResult, Issue epic, ApplicationUser user, OkrSettings settings,
            LocalDate asOf) {
        return judge(reader.readObjectiveAround(keyResult, epic, user, settings.mapping()), settings, asOf);
    }

    /**
     * Every objective, key result and KPI {@code user} may browse (null: anonymous), read in bulk and
     * judged as one portfolio as of {@code asOf}. Only browsable issues are judged, so no finding (a
     * loop, a duplicate, a KPI's objectives) can name or quote an issue the user may not see; a rule
     * that would need one (a hidden parent) judges without it. A judgement is reused for a short time
     * for the same user, day, settings and rule files, until a check-in ({@link PortfolioCache}).
     *
     * <p>What the user may browse is taken out of the node's read of the whole site, made once for every
     * viewer and reused as long, by Jira's permission check of each issue ({@link PortfolioReader#forViewer});
     * the user is read on their own only when that read reached its bounds or this Jira cannot make it.
     */
    public PortfolioAssessment portfolio(ApplicationUser user, OkrSettings settings, LocalDate asOf) {
        if (siteReadable) {
            cache.keepSiteReady(settings.mapping(), siteRead(user, settings.mapping()));
        }
        return cache.get(user == null ? "" : user.getKey(), asOf, SettingsCodec.write(settings), rules.inForce().source(),
                () -> judgePortfolio(user, settings, asOf));
    }

    /** A check-in changed what every judgement of the portfolio reads: none is reused on any node. */
    public void checkedIn() {
        cache.changed();
    }

    private PortfolioAssessment judgePortfolio(ApplicationUser user, OkrSettings settings, LocalDate asOf) {
        PortfolioSnapshot snapshot = readPortfolio(user, settings.mapping());
        Assessment assessment = rules.assess(snapshot.portfolio(), settings, asOf);
        return new PortfolioAssessment(snapshot, assessment,
                FindingIndex.of(snapshot.portfolio(), assessment, rules.inForce().advisor().catalogue()));
    }

    private PortfolioSnapshot readPortfolio(ApplicationUser user, Mapping mapping) {
        if (siteReadable) {
            try {
                SiteRead site = cache.site(mapping, siteRead(user, mapping));
                if (!site.bounded()) {
                    return portfolioReader.forViewer(site, user, mapping);
                }
            } catch (LinkageError lacking) {
                siteReadable = false;
            }
        }
        return portfolioReader.read(user, mapping);
    }

    /** A read of the whole site under {@code mapping}, its JQL run as {@code user}. */
    private Supplier<SiteRead> siteRead(ApplicationUser user, Mapping mapping) {
        return () -> portfolioReader.readSite(user, mapping);
    }

    /**
     * The cycle a request asks for in {@code parameter}: none when it is missing or blank, else its
     * label stripped of surrounding space.
     *
     * @throws IllegalArgumentException when it is no cycle's label, with a message saying what one is
     */
    public static Optional<String> cycleAsked(String parameter) {
        Optional<String> asked = Optional.ofNullable(parameter).filter(text -> !text.isBlank()).map(String::strip);
        if (asked.isPresent() && !CycleCalendar.isLabel(asked.get())) {
            throw new IllegalArgumentException("cycle must be a cycle's label such as 2026-Q2 or FY2027-Q1.");
        }
        return asked;
    }

    /**
     * The objectives of project {@code projectKey} in {@code cycle} (the cycle of {@code asOf} when
     * none is given) out of {@code judged}, with the project's objectives {@code user} may not browse
     * counted, and the parents and children of those shown that the user may not browse counted too;
     * empty when the user may browse none of its objectives, whether the project does not
     * exist, is hidden from them, or has none, so the answer reveals nothing.
     */
    public Optional<ProjectView> project(PortfolioAssessment judged, String projectKey, Optional<String> cycle,
            ApplicationUser user, OkrSettings settings, LocalDate asOf) {
        long visible = judged.snapshot().portfolio().objectives().stream()
                .filter(objective -> objective.issue().projectKey().equals(projectKey)).count();
        if (visible == 0) {
            return Optional.empty();
        }
        long hidden = Math.max(0, portfolioReader.countObjectives(user, settings.mapping(), projectKey) - visible);
        String shown = cycle.orElseGet(() -> settings.progress().calendar().cycleOf(asOf).label());
        return Optional.of(ProjectView.of(projectKey, shown, judged.snapshot().portfolio(), judged.assessment(),
                rules.inForce().advisor().catalogue(), hidden, hiddenAlignment(user, settings.mapping())));
    }

    /**
     * The hidden parents and children of the objectives a project page shows: out of the node's site read
     * when it keeps one that reached no bound, else read from Jira ({@link OkrReader#hiddenAlignment}).
     */
    private HiddenAlignment hiddenAlignment(ApplicationUser user, Mapping mapping) {
        Optional<SiteRead> site = siteReadable ? cache.keptSite(mapping).filter(read -> !read.bounded()) : Optional.empty();
        return site.<HiddenAlignment>map(read -> keys -> portfolioReader.hiddenAlignment(read, keys, user, mapping))
                .orElse(keys -> reader.hiddenAlignment(keys, user, mapping));
    }

    /**
     * The command line's HTML report of the findings {@code filter} selects out of {@code judged}, every page
     * of them, with the objectives and KPIs they are on ({@link PortfolioView#selection}): what {@code user}
     * may browse and no more, since {@code judged} was read as them.
     */
    public PortfolioView report(PortfolioAssessment judged, FindingFilter filter, LocalDate asOf) {
        return PortfolioView.selection(judged.snapshot().portfolio(), judged.assessment(),
                judged.findings().selected(filter).stream().map(row -> row.getFinding().finding()).toList(),
                rules.inForce().advisor().catalogue(), asOf);
    }

    private ObjectiveAssessment judge(ObjectiveSnapshot snapshot, OkrSettings settings, LocalDate asOf) {
        Assessment assessment = rules.assess(snapshot.portfolio(), settings, asOf);
        return new ObjectiveAssessment(snapshot, assessment.standing(snapshot.objective()), snapshot.about(assessment.findings()));
    }
}
