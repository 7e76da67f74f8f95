package org.setu.infra.web;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

/**
 * When a request times out, prints what the server's and client's threads were doing at that moment: a hang seen only
 * on the CI machine (ConsoleSessionTest, once in a few full runs) is then explained by its own log (.ci/run prints the
 * end of a failed class's output).
 */
final class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

    private static final int FRAMES = 10;

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (String.valueOf(failure.getMessage()).contains("Timeout on blocking read")) {
            StringBuilder dump = new StringBuilder("=== threads at the timeout of " + context.getDisplayName() + "\n");
            for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                String name = thread.getThreadName();
                if (name.startsWith("reactor-") || name.startsWith("boundedElastic") || name.startsWith("parallel")) {
                    dump.append(name).append(' ').append(thread.getThreadState());
                    if (thread.getLockName() != null) {
                        dump.append(" on ").append(thread.getLockName()).append(" held by ").append(thread.getLockOwnerName());
                    }
                    dump.append('\n');
                    StackTraceElement[] stack = thread.getStackTrace();
                    for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
                        dump.append("    at ").append(stack[i]).append('\n');
                    }
                }
            }
            System.out.println(dump);
        }
        throw failure;
    }
}
