package org.setu.bench;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * One phase of a load: N client threads for a fixed time, each request timed, and the process's CPU time before and
 * after (server, embedded store and load generator share the process, so CPU per request includes the client's), of
 * which the JIT compilers' share: in a JVM minutes old they can still take a quarter to a half of the CPU of a phase
 * (measured per thread in /proc: 48 % of a single-client create phase after 20 s of warm-up), a cost of starting
 * that would otherwise be read as the request's.
 */
final class TimedPhase {

    record Result(long requests, double seconds, List<Long> latencyMicros, long cpuNanos, long jitNanos,
                  long storeCommands) {
        double perSecond() {
            return requests / seconds;
        }

        double p50Millis() {
            return Throughput.percentile(latencyMicros, 50) / 1000.0;
        }

        double p99Millis() {
            return Throughput.percentile(latencyMicros, 99) / 1000.0;
        }

        double cpuMillisPerRequest() {
            return requests == 0 ? 0 : cpuNanos / 1e6 / requests;
        }

        /** The JIT compilers' time over the phase, per request: part of {@link #cpuMillisPerRequest()}. */
        double jitMillisPerRequest() {
            return requests == 0 ? 0 : jitNanos / 1e6 / requests;
        }

        /** The share of the phase's CPU the JIT compilers took (0 to 1). */
        double jitShare() {
            return cpuNanos == 0 ? 0 : Math.min(1, (double) jitNanos / cpuNanos);
        }

        /** Commands the driver sent to the store during the phase, per request (background work included). */
        double storeCommandsPerRequest() {
            return requests == 0 ? 0 : (double) storeCommands / requests;
        }
    }

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** Summed over the compiler threads; they compile without waiting, so their time is CPU time. */
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private TimedPhase() {
    }

    /** @param storeCommands how many commands the store has been sent so far */
    static Result run(int threads, double seconds, Throughput.Op op, LongSupplier storeCommands)
            throws InterruptedException {
        return run(threads, seconds, op, storeCommands, () -> { });
    }

    /**
     * @param settle waits, after the last request, until the work the requests left behind is done (projections
     *               catching up on events no request waited for, such as the audit of views); its CPU and store
     *               commands count for this phase, its time does not
     */
    static Result run(int threads, double seconds, Throughput.Op op, LongSupplier storeCommands, Settle settle)
            throws InterruptedException {
        List<List<Long>> perThread = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(threads);
        long commandsBefore = storeCommands.getAsLong();
        long cpuBefore = OS.getProcessCpuTime();
        long jitBefore = jitNanos();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            List<Long> latencies = new ArrayList<>();
            perThread.add(latencies);
            new Thread(() -> {
                long i = 0;
                try {
                    while (System.nanoTime() < deadline && failure.get() == null) {
                        long began = System.nanoTime();
                        op.run(thread, i++);
                        latencies.add((System.nanoTime() - began) / 1000);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }, "load-" + t).start();
        }
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        settle.run();
        long cpu = OS.getProcessCpuTime() - cpuBefore;
        long jit = jitNanos() - jitBefore;
        long commands = storeCommands.getAsLong() - commandsBefore;
        if (failure.get() != null) {
            throw new IllegalStateException("benchmark request failed", failure.get());
        }
        List<Long> all = new ArrayList<>();
        perThread.forEach(all::addAll);
        return new Result(all.size(), elapsed, all, cpu, jit, commands);
    }

    /** What a phase waits for after its last request. */
    interface Settle {
        void run() throws InterruptedException;
    }

    private static long jitNanos() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported()
                ? JIT.getTotalCompilationTime() * 1_000_000 : 0;
    }
}
