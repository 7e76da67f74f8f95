package org.setu.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The unmeasured start of a benchmark: every operation at every client count, round after round, for at least the
 * minimum time and then until the JIT compilers are quiet (under {@link #QUIET} of a round's CPU) or the maximum time
 * has passed. A fixed warm-up was not enough: after 20 s at 8 clients the compilers still took 48 % of the CPU of the
 * single-client create phase that followed, and 22 % after 90 s (per thread, from /proc), so the single-client
 * figures measured the JVM's start as much as the request.
 */
final class WarmUp {

    static final double QUIET = 0.05;
    private static final double SLICE_SECONDS = 2;

    private WarmUp() {
    }

    static void run(List<Throughput.Op> ops, int[] clients, double minSeconds, double maxSeconds,
                      LongSupplier storeCommands) throws InterruptedException {
        long start = System.nanoTime();
        for (int round = 1; ; round++) {
            long cpu = 0;
            long jit = 0;
            for (Throughput.Op op : ops) {
                for (int threads : clients) {
                    TimedPhase.Result slice = TimedPhase.run(threads, SLICE_SECONDS, op, storeCommands);
                    cpu += slice.cpuNanos();
                    jit += slice.jitNanos();
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            double share = cpu == 0 ? 0 : (double) jit / cpu;
            System.out.printf(Locale.ROOT, "  warm-up round %d (%.0f s): the JIT compilers took %.0f %% of the CPU%n",
                    round, elapsed, share * 100);
            if (elapsed >= maxSeconds || (elapsed >= minSeconds && share < QUIET)) {
                return;
            }
        }
    }
}
