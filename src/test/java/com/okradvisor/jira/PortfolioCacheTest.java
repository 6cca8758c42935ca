package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.okradvisor.model.Mapping;
import com.okradvisor.model.ObjectiveMarks;
import com.okradvisor.testing.MovingClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A judgement reused for a short time per user, day, settings and rule files, and on no node after a
 * check-in on any node: two caches sharing one plugin settings store stand for two nodes of a cluster.
 */
class PortfolioCacheTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    private final InMemoryPluginSettings database = new InMemoryPluginSettings();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-05-04T10:00:00Z"));
    private final PortfolioCache node = new PortfolioCache(database, clock);
    private final PortfolioCache otherNode = new PortfolioCache(database, clock);
    private final AtomicInteger judged = new AtomicInteger();
    private final AtomicInteger read = new AtomicInteger();

    @Test
    void reusesAJudgementForTheSameUserDaySettingsAndRulesWithinTheWindow() {
        PortfolioAssessment first = judge(node, "ana", "settings");
        clock.advance(PortfolioCache.REUSE_SECONDS - 1);

        assertThat(judge(node, "ana", "settings")).isSameAs(first);
        assertThat(judged).hasValue(1);
    }

    @Test
    void judgesAgainForAnotherUserOtherSettingsOrRulesAnotherDayOrAfterTheWindow() {
        judge(node, "ana", "settings");

        judge(node, "ben", "settings");
        judge(node, "ana", "settings saved since");
        node.get("ana", DAY, "settings", Map.of("team.drl", "rule"), this::judgement);
        node.get("ana", DAY.plusDays(1), "settings", Map.of(), this::judgement);
        clock.advance(PortfolioCache.REUSE_SECONDS);
        judge(node, "ana", "settings");

        assertThat(judged).hasValue(6);
    }

    @Test
    void judgesAgainOnEveryNodeAfterACheckInOnAny() {
        judge(node, "ana", "settings");
        judge(otherNode, "ana", "settings");

        otherNode.changed();
        judge(node, "ana", "settings");
        judge(otherNode, "ana", "settings");

        assertThat(judged).hasValue(4);
    }

    @Test
    void keepsAtMostABoundedNumberOfJudgementsTheLeastRecentlyUsedGoingFirst() {
        PortfolioAssessment kept = judge(node, "user0", "settings");
        for (int n = 1; n <= PortfolioCache.MOST_ENTRIES; n++) {
            judge(node, "user" + n, "settings");
        }

        assertThat(judge(node, "user" + PortfolioCache.MOST_ENTRIES, "settings")).isNotNull();
        assertThat(judge(node, "user0", "settings")).isNotSameAs(kept);
    }

    @Test
    void aRequestForTheJudgementInProgressWaitsForItInsteadOfMakingAnother() throws Exception {
        Held held = new Held(1);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            Future<PortfolioAssessment> first = requests.submit(() -> node.get("ana", DAY, "settings", Map.of(), held.judging(this::judgement)));
            held.started.await();
            Future<PortfolioAssessment> reload = waitingFor(requests, () -> judge(node, "ana", "settings"));

            assertThat(reload).isNotDone();
            held.release.countDown();

            assertThat(reload.get()).isSameAs(first.get());
            assertThat(judged).hasValue(1);
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void judgesAtMostTwoAtOnceAndRefusesARequestThatCannotStartInTime() throws Exception {
        PortfolioCache busyNode = new PortfolioCache(database, clock, Duration.ofMillis(50), Runnable::run);
        Held held = new Held(PortfolioCache.JUDGED_AT_ONCE);
        ExecutorService requests = Executors.newFixedThreadPool(PortfolioCache.JUDGED_AT_ONCE);
        try {
            List<Future<PortfolioAssessment>> judging = new ArrayList<>();
            for (int n = 0; n < PortfolioCache.JUDGED_AT_ONCE; n++) {
                String user = "user" + n;
                judging.add(requests.submit(() -> busyNode.get(user, DAY, "settings", Map.of(), held.judging(this::judgement))));
            }
            held.started.await();

            assertThatThrownBy(() -> judge(busyNode, "late", "settings")).isInstanceOf(PortfolioBusyException.class)
                    .hasMessage(PortfolioBusyException.MESSAGE);
            held.release.countDown();
            for (Future<PortfolioAssessment> done : judging) {
                assertThat(done.get()).isNotNull();
            }
            assertThat(judge(busyNode, "late", "settings")).isNotNull();
            assertThat(judged).hasValue(PortfolioCache.JUDGED_AT_ONCE + 1);
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void aJudgementThatFailedFailsThoseWaitingForItAndIsNotKept() throws Exception {
        Held held = new Held(1);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            Future<PortfolioAssessment> failing = requests.submit(() -> node.get("ana", DAY, "settings", Map.of(), held.judging(() -> {
                throw new OkrReadException("the search failed: project = MOB", null);
            })));
            held.started.await();
            Future<PortfolioAssessment> waiting = waitingFor(requests, () -> judge(node, "ana", "settings"));
            held.release.countDown();

            assertThatThrownBy(failing::get).hasCauseInstanceOf(OkrReadException.class);
            assertThatThrownBy(waiting::get).hasCauseInstanceOf(OkrReadException.class);
            assertThat(judge(node, "ana", "settings")).isNotNull();
            assertThat(judged).hasValue(1);
        } finally {
            requests.shutdownNow();
        }
    }

    /**
     * Submits {@code request} and returns once it waits for the judgement in progress: its thread parks
     * with a time limit only there, since it cannot start a judgement of the key in progress.
     */
    private static Future<PortfolioAssessment> waitingFor(ExecutorService requests, Callable<PortfolioAssessment> request)
            throws InterruptedException {
        AtomicReference<Thread> thread = new AtomicReference<>();
        Future<PortfolioAssessment> waiting = requests.submit(() -> {
            thread.set(Thread.currentThread());
            return request.call();
        });
        while (thread.get() == null || thread.get().getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
        return waiting;
    }

    /** Judgements that say when they have started and finish only once released: requests caught in the middle. */
    private static final class Held {
        final CountDownLatch started;
        final CountDownLatch release = new CountDownLatch(1);

        Held(int judgements) {
            started = new CountDownLatch(judgements);
        }

        Supplier<PortfolioAssessment> judging(Supplier<PortfolioAssessment> outcome) {
            return () -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return outcome.get();
            };
        }
    }

    @Test
    void readsTheSiteOnceForEveryViewerUntilACheckInOnAnyNodeOrTheWindowEnds() {
        SiteRead first = node.site(Mapping.DEFAULTS, this::siteRead);
        clock.advance(PortfolioCache.REFRESH_AFTER_SECONDS - 1);

        assertThat(node.site(Mapping.DEFAULTS, this::siteRead)).isSameAs(first);
        otherNode.changed();
        assertThat(node.site(Mapping.DEFAULTS, this::siteRead)).isNotSameAs(first);
        clock.advance(PortfolioCache.REUSE_SECONDS);
        node.site(Mapping.DEFAULTS, this::siteRead);
        Mapping parentLink = new Mapping("Epic", "okr", "KPI", "kpi", Set.of(), "Parent Link", Set.of(), ObjectiveMarks.DEFAULTS);
        node.site(parentLink, this::siteRead);
        assertThat(read).hasValue(4);
    }

    /**
     * A site read in use is read again in the background once it is {@value PortfolioCache#REFRESH_AFTER_SECONDS}
     * seconds old: the request that finds it so is answered with it at once, and later requests get the
     * new one without waiting, as long as viewers keep coming.
     */
    @Test
    void keepsASiteReadInUseReadyByReadingItAgainInTheBackground() {
        List<Runnable> background = new ArrayList<>();
        PortfolioCache keptReady = new PortfolioCache(database, clock, Duration.ofMillis(50), background::add);
        SiteRead first = keptReady.site(Mapping.DEFAULTS, this::siteRead);
        clock.advance(PortfolioCache.REFRESH_AFTER_SECONDS);

        assertThat(keptReady.site(Mapping.DEFAULTS, this::siteRead)).isSameAs(first);
        assertThat(keptReady.site(Mapping.DEFAULTS, this::siteRead)).as("one read in the background at a time").isSameAs(first);
        assertThat(background).hasSize(1);
        background.get(0).run();
        clock.advance(PortfolioCache.REUSE_SECONDS - 1);

        SiteRead renewed = keptReady.site(Mapping.DEFAULTS, this::siteRead);
        assertThat(renewed).isNotSameAs(first);
        assertThat(read).hasValue(2);
    }

    /**
     * A request answered from a judgement it reuses keeps the site read ready too, but never reads the
     * site itself: only a read on the node, due for renewal, is read again, in the background.
     */
    @Test
    void aReusedJudgementKeepsTheSiteReadReadyWithoutReadingOnTheRequest() {
        List<Runnable> background = new ArrayList<>();
        PortfolioCache keptReady = new PortfolioCache(database, clock, Duration.ofMillis(50), background::add);

        keptReady.keepSiteReady(Mapping.DEFAULTS, this::siteRead);
        SiteRead first = keptReady.site(Mapping.DEFAULTS, this::siteRead);
        keptReady.keepSiteReady(Mapping.DEFAULTS, this::siteRead);
        assertThat(background).as("nothing on a quiet node, nothing before it is due").isEmpty();
        clock.advance(PortfolioCache.REFRESH_AFTER_SECONDS);
        keptReady.keepSiteReady(Mapping.DEFAULTS, this::siteRead);
        keptReady.keepSiteReady(Mapping.DEFAULTS, this::siteRead);

        assertThat(background).hasSize(1);
        assertThat(read).hasValue(1);
        background.get(0).run();
        assertThat(keptReady.site(Mapping.DEFAULTS, this::siteRead)).isNotSameAs(first);
        assertThat(read).hasValue(2);
    }

    /** A background read whose thread cannot start leaves the read in use as it was, and the next request tries again. */
    @Test
    void aBackgroundReadThatCannotStartIsTriedAgainByTheNextRequest() {
        AtomicInteger tried = new AtomicInteger();
        PortfolioCache noThreads = new PortfolioCache(database, clock, Duration.ofMillis(50), read -> {
            tried.incrementAndGet();
            throw new RejectedExecutionException("no thread");
        });
        SiteRead first = noThreads.site(Mapping.DEFAULTS, this::siteRead);
        clock.advance(PortfolioCache.REFRESH_AFTER_SECONDS);

        assertThat(noThreads.site(Mapping.DEFAULTS, this::siteRead)).isSameAs(first);
        assertThat(noThreads.site(Mapping.DEFAULTS, this::siteRead)).isSameAs(first);
        assertThat(tried).as("as many tries as places: each freed its own").hasValue(PortfolioCache.JUDGED_AT_ONCE);
        assertThat(judge(noThreads, "ana", "settings")).isNotNull();
    }

    /** A background read takes one of the node's places, and is not started when none is free. */
    @Test
    void startsNoBackgroundReadWhenTheNodeHasNoPlaceFree() throws Exception {
        List<Runnable> background = new ArrayList<>();
        PortfolioCache busyNode = new PortfolioCache(database, clock, Duration.ofMillis(50), background::add);
        busyNode.site(Mapping.DEFAULTS, this::siteRead);
        Held held = new Held(PortfolioCache.JUDGED_AT_ONCE);
        ExecutorService requests = Executors.newFixedThreadPool(PortfolioCache.JUDGED_AT_ONCE);
        try {
            for (int n = 0; n < PortfolioCache.JUDGED_AT_ONCE; n++) {
                String user = "user" + n;
                requests.submit(() -> busyNode.get(user, DAY, "settings", Map.of(), held.judging(this::judgement)));
            }
            held.started.await();
            clock.advance(PortfolioCache.REFRESH_AFTER_SECONDS);

            busyNode.site(Mapping.DEFAULTS, this::siteRead);

            assertThat(background).isEmpty();
            held.release.countDown();
        } finally {
            requests.shutdownNow();
        }
    }

    private SiteRead siteRead() {
        read.incrementAndGet();
        return new SiteRead(List.of(), Map.of(), List.of(), 0, 0, 0, List.of());
    }

    private PortfolioAssessment judge(PortfolioCache cache, String user, String settings) {
        return cache.get(user, DAY, settings, Map.of(), this::judgement);
    }

    private PortfolioAssessment judgement() {
        judged.incrementAndGet();
        return mock(PortfolioAssessment.class);
    }
}
