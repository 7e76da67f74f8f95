package org.setu.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Runs an operation on N threads for a fixed time and reports operations per second; medians over repeats. */
final class Throughput {

    interface Op {
        void run(int thread, long i) throws Exception;
    }

    private Throughput() {
    }

    static double opsPerSecond(int threads, double seconds, Op op) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        CountDownLatch finished = new CountDownLatch(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            new Thread(() -> {
                long i = 0;
                try {
                    while (System.nanoTime() < deadline && failure.get() == null) {
                        op.run(thread, i++);
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }).start();
        }
        finished.await();
        if (failure.get() != null) {
            throw new IllegalStateException("benchmark operation failed", failure.get());
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
