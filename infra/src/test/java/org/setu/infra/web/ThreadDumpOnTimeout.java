package org.setu.infra.web;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When a request times out, prints what every thread of the JVM was doing at that moment: a hang seen only on the CI
 * machine (ConsoleSessionTest, once in a few full runs) is then explained by its own log (.ci/run prints the end of a
 * failed class's output). Idle threads (waiting for work in a pool, for a socket in a selector) are only named, on one
 * line, so that the busy ones fit in the part of the log that CI shows.
 */
final class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

    private static final int FRAMES = 24;
    /** Top frames of a thread that has nothing to do. */
    private static final Set<String> IDLE = Set.of("epollWait", "take", "poll", "awaitNanos", "select", "doSelect",
            "accept", "accept0", "sleep", "sleep0", "await");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (String.valueOf(failure.getMessage()).contains("Timeout on blocking read")) {
            System.out.println(dump(context.getDisplayName()));
        }
        throw failure;
    }

    static String dump(String title) {
        StringBuilder busy = new StringBuilder("=== threads at the timeout of " + title + " (busy ones first)\n");
        List<String> idle = new ArrayList<>();
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            StackTraceElement[] stack = thread.getStackTrace();
            if (isIdle(stack)) {
                idle.add(thread.getThreadName());
                continue;
            }
            busy.append(thread.getThreadName()).append(' ').append(thread.getThreadState());
            if (thread.getLockName() != null) {
                busy.append(" on ").append(thread.getLockName()).append(" held by ").append(thread.getLockOwnerName());
            }
            busy.append('\n');
            for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
                busy.append("    at ").append(stack[i]).append('\n');
            }
        }
        return busy.append("=== idle: ").append(String.join(", ", idle)).append('\n').toString();
    }

    /** Waiting in a pool's queue or a selector, a few frames down from the native wait. */
    private static boolean isIdle(StackTraceElement[] stack) {
        for (int i = 0; i < Math.min(8, stack.length); i++) {
            String method = stack[i].getMethodName();
            String type = stack[i].getClassName();
            if (type.endsWith("ThreadPoolExecutor") && method.equals("getTask")
                    || type.endsWith("ForkJoinPool") && method.equals("awaitWork")
                    || IDLE.contains(method) && (type.contains("epoll") || type.contains("Selector")
                    || type.contains("DelayedWorkQueue") || type.contains("BlockingQueue"))) {
                return true;
            }
        }
        return false;
    }
}
