package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.Issue;
import com.okradvisor.model.CheckIn;
import com.okradvisor.intake.OkrProperties;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Check-ins made at once, as on two nodes of a cluster, are all kept. */
class CheckInLogTest {

    private static final int PER_NODE = 40;

    private final InMemoryIssueProperties properties = new InMemoryIssueProperties();
    private final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    private final Issue keyResult = FakeJira.issue(2, "MOB-2", "Raise the app store rating from 3.5 to 4.5");

    @Test
    void keepsEveryCheckInWhenTwoNodesAppendAtOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = nodes.submit(() -> appendMany(new CheckInLog(locks, new IssueProperties(properties)), "node 1", start));
            Future<?> second = nodes.submit(() -> appendMany(new CheckInLog(locks, new IssueProperties(properties)), "node 2", start));
            start.countDown();
            first.get();
            second.get();
        } finally {
            nodes.shutdown();
        }

        List<CheckIn> stored = OkrProperties.checkIns(OkrProperties.parse(OkrProperties.CHECK_INS,
                properties.value(2, OkrProperties.CHECK_INS)));
        assertThat(stored).hasSize(2 * PER_NODE);
        assertThat(stored).filteredOn(checkIn -> checkIn.author().equals("node 1")).hasSize(PER_NODE);
        assertThat(locks.allReleased()).isTrue();
    }

    private Void appendMany(CheckInLog log, String author, CountDownLatch start) throws InterruptedException {
        start.await();
        for (int i = 0; i < PER_NODE; i++) {
            log.append(keyResult, new CheckIn(LocalDateTime.of(2026, 5, 4, 10, 0).plusMinutes(i), author,
                    OptionalDouble.of(4.0), OptionalInt.of(7), ""));
        }
        return null;
    }
}
