package com.okradvisor.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.Issue;
import com.okradvisor.model.CheckIn;
import com.okradvisor.intake.OkrProperties;
import com.okradvisor.intake.PropertyException;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Appends check-ins to a key result's {@code okr.checkins} property (docs/design.md, "The OKR model"). The read, the
 * append and the write run under a cluster-wide lock named for the issue, so two nodes appending at
 * once each keep the other's check-in. The lock lives in Jira's database (Beehive's
 * {@code ClusterLockService}); this class keeps no state of its own.
 */
@Named
public class CheckInLog {

    /** Namespaced as Beehive asks: lock names are shared by every app on the cluster. */
    static final String LOCK_PREFIX = "com.okradvisor.okr-advisor.checkins.";

    private final ClusterLockService lockService;
    private final IssueProperties issueProperties;

    @Inject
    public CheckInLog(ClusterLockService lockService, IssueProperties issueProperties) {
        this.lockService = lockService;
        this.issueProperties = issueProperties;
    }

    /**
     * Appends {@code checkIn} as the newest entry; when the history would outgrow the property's size
     * limit, the oldest entries are dropped, whole ({@link OkrProperties#checkInsJson}).
     *
     * @throws PropertyException when the stored history cannot be read (it is left as it is), or the
     *         check-in alone does not fit
     */
    public void append(Issue keyResult, CheckIn checkIn) {
        ClusterLock lock = lockService.getLockForName(LOCK_PREFIX + keyResult.getId());
        lock.lock();
        try {
            String stored = issueProperties.okrProperties(keyResult.getId()).get(OkrProperties.CHECK_INS);
            List<CheckIn> history = new ArrayList<>(stored == null ? List.of()
                    : OkrProperties.checkIns(OkrProperties.parse(OkrProperties.CHECK_INS, stored)));
            history.add(checkIn);
            issueProperties.put(keyResult.getId(), OkrProperties.CHECK_INS, OkrProperties.checkInsJson(history));
        } finally {
            lock.unlock();
        }
    }
}
