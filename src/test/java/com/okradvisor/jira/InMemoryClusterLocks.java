package com.okradvisor.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Beehive's cluster locks for one JVM: one lock per name, as every node of a cluster would share it.
 * Remembers the names locked, and whether every lock was released.
 */
public final class InMemoryClusterLocks implements ClusterLockService {

    private final Map<String, NamedLock> locks = new ConcurrentHashMap<>();
    private final List<String> locked = new CopyOnWriteArrayList<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, NamedLock::new);
    }

    /** The names of the locks taken, once per time taken. */
    public List<String> locked() {
        return List.copyOf(locked);
    }

    public boolean allReleased() {
        return locks.values().stream().noneMatch(lock -> lock.lock.isLocked());
    }

    private final class NamedLock implements ClusterLock {
        private final String name;
        private final ReentrantLock lock = new ReentrantLock();

        NamedLock(String name) {
            this.name = name;
        }

        @Override
        public void lock() {
            lock.lock();
            locked.add(name);
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
            locked.add(name);
        }

        @Override
        public boolean tryLock() {
            throw new UnsupportedOperationException("the app takes its locks with lock()");
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) {
            throw new UnsupportedOperationException("the app takes its locks with lock()");
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("Beehive's ClusterLock supports no conditions");
        }
    }
}
