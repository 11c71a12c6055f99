package org.caytre.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU time and heap allocation of the calling thread, for benchmarks that must mean something on a busy machine. */
final class MainThreadCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MainThreadCost() {}

    /** CPU nanoseconds this thread has used, or wall-clock nanoseconds where the JVM cannot measure thread CPU. */
    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Bytes this thread has allocated on the heap so far, or 0 where the JVM does not count them. */
    static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()
                ? sun.getCurrentThreadAllocatedBytes() : 0;
    }
}
