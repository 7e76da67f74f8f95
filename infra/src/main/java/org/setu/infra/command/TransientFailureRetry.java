package org.setu.infra.command;

import org.axonframework.common.ExceptionUtils;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.AxonTransientException;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command that failed for a transient reason only — typically a {@code ConcurrencyException} because this
 * node's cached aggregate was behind another node's write (the failed attempt evicted it, so the retry loads it
 * fresh). Refusals of business rules, validation errors and stale {@code If-Match} versions are never retried.
 */
public final class TransientFailureRetry implements RetryScheduler {

    static final int MAX_RETRIES = 3;
    private final ScheduledExecutorService executor;

    public TransientFailureRetry(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!isTransient(lastFailure) || failures.size() > MAX_RETRIES) {
            return false;
        }
        long backoff = 10L << Math.min(failures.size(), 5);
        executor.schedule(commandDispatch, backoff, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean isTransient(Throwable failure) {
        return ExceptionUtils.findException(failure, AxonTransientException.class).isPresent();
    }
}
