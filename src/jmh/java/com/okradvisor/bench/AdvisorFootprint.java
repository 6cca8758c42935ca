package com.okradvisor.bench;

import com.okradvisor.advisor.Advisor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * The heap an advisor keeps once started: heap in use after a full collection, with and without the
 * shipped advisor loaded in this fresh JVM. Prints one line per measurement, in MiB.
 */
public final class AdvisorFootprint {

    private static final int COLLECTIONS = 5;
    private static final double MIB = 1024.0 * 1024.0;

    private AdvisorFootprint() {
    }

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterCollection(memory);
        Advisor advisor = Advisor.load(AdvisorFootprint.class.getClassLoader());
        long after = usedAfterCollection(memory);
        System.out.printf("advisor retained heap: %.1f MiB (heap in use %.1f MiB before, %.1f MiB after)%n",
                (after - before) / MIB, before / MIB, after / MIB);
        Reference.reachabilityFence(advisor);
    }

    private static long usedAfterCollection(MemoryMXBean memory) {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
