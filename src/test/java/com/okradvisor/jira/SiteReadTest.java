package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.Assessment;
import com.okradvisor.model.Finding;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.testing.MovingClock;
import com.okradvisor.testing.PortfolioGenerator;
import com.okradvisor.view.HiddenAlignment;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One read of the whole site serves every viewer: what {@link PortfolioReader#forViewer} takes out of it
 * for a user is exactly what a read as that user gives, judged the same, on a generated site where one
 * issue in five of every kind (objectives, key results, KPIs, sub-tasks) is hidden from the user.
 */
class SiteReadTest {

    private static final Mapping MAPPING = Mapping.DEFAULTS;
    private static final Portfolio GENERATED = PortfolioGenerator.portfolio(PortfolioGenerator.SEED, 400);

    private final SimulatedJira jira = new SimulatedJira(GENERATED, JiraCosts.counted(JiraCosts.DATA_CENTER))
            .hides(issue -> Math.floorMod(issue.getKey().hashCode(), 5) == 0);
    private final PortfolioReader reader = jira.portfolioReader();
    private final AdvisorInForce rules = new AdvisorInForce(new OkrSettingsStore(new InMemoryPluginSettings(), new InMemoryClusterLocks()));

    @Test
    void givesEachViewerWhatAReadAsThemGives() {
        SiteRead site = reader.readSite(jira.admin, MAPPING);

        for (var viewer : List.of(jira.user, jira.admin)) {
            PortfolioSnapshot own = reader.read(viewer, MAPPING);
            PortfolioSnapshot taken = reader.forViewer(site, viewer, MAPPING);

            assertThat(taken.portfolio().objectives()).isEqualTo(own.portfolio().objectives());
            assertThat(taken.portfolio().kpis()).isEqualTo(own.portfolio().kpis());
            assertThat(taken.problems()).isEqualTo(own.problems());
            assertThat(taken.notRead()).isEqualTo(own.notRead()).isZero();
            assertThat(findings(taken)).isEqualTo(findings(own));
        }
    }

    @Test
    void theHiddenCaseIsNotEmptyAndNothingHiddenIsNamed() {
        SiteRead site = reader.readSite(jira.admin, MAPPING);
        Set<String> hidden = keys(reader.read(jira.admin, MAPPING).portfolio()).stream()
                .filter(key -> Math.floorMod(key.hashCode(), 5) == 0).collect(Collectors.toSet());

        PortfolioSnapshot taken = reader.forViewer(site, jira.user, MAPPING);

        assertThat(hidden).hasSizeGreaterThan(200);
        assertThat(keys(taken.portfolio())).doesNotContainAnyElementsOf(hidden);
        assertThat(taken.portfolio().objectives().stream().flatMap(objective -> objective.keyResults().stream())
                .mapToInt(keyResult -> keyResult.work().hidden()).sum()).as("sub-tasks counted as hidden").isPositive();
        assertThat(findings(taken)).allSatisfy(finding -> assertThat(hidden).doesNotContain(finding.issueKey()))
                .extracting(Finding::message).allSatisfy(message -> hidden.forEach(key -> assertThat(message).doesNotContain(key + " ")));
    }

    @Test
    void aViewerIsTakenOutWithOnePermissionCheckPerIssueAndNoSearch() {
        SiteRead site = reader.readSite(jira.admin, MAPPING);
        jira.costs().forget();

        reader.forViewer(site, jira.user, MAPPING);

        long calls = jira.costs().calls();
        assertThat(calls).isPositive();
        assertThat(jira.costs().chargedNanos()).as("only permission checks, each a cached read")
                .isEqualTo(calls * JiraCosts.DATA_CENTER.cached());
    }

    @Test
    void oneReadOfTheSiteServesEveryViewerOfTheNodeUntilACheckIn() {
        InMemoryPluginSettings pluginSettings = new InMemoryPluginSettings();
        OkrAssessments assessments = new OkrAssessments(jira.reader(), reader,
                new OkrSettingsStore(pluginSettings, new InMemoryClusterLocks()), rules, new PortfolioCache(pluginSettings));
        assessments.portfolio(jira.admin, OkrSettings.DEFAULTS, PortfolioGenerator.AS_OF);
        jira.costs().forget();

        PortfolioAssessment users = assessments.portfolio(jira.user, OkrSettings.DEFAULTS, PortfolioGenerator.AS_OF);

        assertThat(jira.costs().chargedNanos()).as("the second viewer: permission checks only")
                .isEqualTo(jira.costs().calls() * JiraCosts.DATA_CENTER.cached());
        assertThat(users.snapshot().portfolio().objectives()).isEqualTo(reader.read(jira.user, MAPPING).portfolio().objectives());

        assessments.checkedIn();
        jira.costs().forget();
        assessments.portfolio(jira.admin, OkrSettings.DEFAULTS, PortfolioGenerator.AS_OF);
        assertThat(jira.costs().chargedNanos()).as("after a check-in, the site is read again")
                .isGreaterThan(jira.costs().calls() * JiraCosts.DATA_CENTER.cached());
    }

    /**
     * The project page's hidden parents and children of each objective the viewer sees, counted out of the
     * site read with permission checks only, are what the links, loads and checks of a read as them count.
     */
    @Test
    void countsTheHiddenAlignmentOfEachObjectiveAsAReadAsTheViewerDoes() {
        SiteRead site = reader.readSite(jira.admin, MAPPING);
        List<String> shown = reader.read(jira.user, MAPPING).portfolio().objectives().stream().map(Objective::key).toList();
        jira.costs().forget();

        Map<String, HiddenAlignment.Count> taken = reader.hiddenAlignment(site, shown, jira.user, MAPPING);

        assertThat(jira.costs().chargedNanos()).as("permission checks only").isEqualTo(jira.costs().calls() * JiraCosts.DATA_CENTER.cached());
        assertThat(taken).isEqualTo(jira.reader().hiddenAlignment(shown, jira.user, MAPPING));
        assertThat(taken.values()).as("some hidden on either side")
                .anySatisfy(count -> assertThat(count.parents()).isPositive())
                .anySatisfy(count -> assertThat(count.children()).isPositive());
    }

    /** A coach's next page, answered from their judgement, starts the site's read again when it is due. */
    @Test
    void aCoachPagingThroughTheViewKeepsTheSiteReadReady() {
        MovingClock clock = new MovingClock(PortfolioGenerator.AS_OF.atTime(9, 0).toInstant(ZoneOffset.UTC));
        List<Runnable> background = new ArrayList<>();
        InMemoryPluginSettings pluginSettings = new InMemoryPluginSettings();
        OkrAssessments assessments = new OkrAssessments(jira.reader(), reader,
                new OkrSettingsStore(pluginSettings, new InMemoryClusterLocks()), rules,
                new PortfolioCache(pluginSettings, clock, Duration.ofSeconds(PortfolioCache.WAIT_SECONDS), background::add));
        PortfolioAssessment firstPage = assessments.portfolio(jira.admin, OkrSettings.DEFAULTS, PortfolioGenerator.AS_OF);
        clock.advance(PortfolioCache.REFRESH_AFTER_SECONDS);

        PortfolioAssessment nextPage = assessments.portfolio(jira.admin, OkrSettings.DEFAULTS, PortfolioGenerator.AS_OF);

        assertThat(nextPage).isSameAs(firstPage);
        assertThat(background).hasSize(1);
    }

    private List<Finding> findings(PortfolioSnapshot snapshot) {
        Assessment assessment = rules.assess(snapshot.portfolio(), OkrSettings.DEFAULTS, PortfolioGenerator.AS_OF);
        return assessment.findings();
    }

    private static List<String> keys(Portfolio portfolio) {
        List<String> keys = new ArrayList<>();
        for (Objective objective : portfolio.objectives()) {
            keys.add(objective.key());
            keys.addAll(objective.parentKeys());
            objective.keyResults().stream().map(KeyResult::key).forEach(keys::add);
        }
        portfolio.kpis().forEach(kpi -> {
            keys.add(kpi.key());
            keys.addAll(kpi.objectiveKeys());
        });
        return keys;
    }
}
