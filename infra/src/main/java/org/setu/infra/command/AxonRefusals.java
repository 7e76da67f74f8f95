package org.setu.infra.command;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.UnknownResourceException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Axon's ways of refusing a command, said once in Setu's error model, so that no other module names an Axon
 * exception: an unknown (or deleted) aggregate is {@link ErrorCode#NOT_FOUND}, a stale {@code If-Match} version
 * {@link ErrorCode#PRECONDITION_FAILED}, a version taken by a concurrent commit (after the retries)
 * {@link ErrorCode#CONCURRENT_MODIFICATION}. Wrappers ({@link CompletionException}, {@link CommandExecutionException})
 * are taken off; anything else passes unchanged.
 */
public final class AxonRefusals {

    private AxonRefusals() {
    }

    public static Throwable translate(Throwable failure) {
        Throwable cause = unwrapped(failure);
        if (cause instanceof AggregateNotFoundException) {
            return new UnknownResourceException(ErrorCode.NOT_FOUND, "No such resource");
        }
        if (cause instanceof ConflictingAggregateVersionException) {
            return new ConflictException(ErrorCode.PRECONDITION_FAILED,
                    "The resource changed since the ETag in If-Match: read it again and retry");
        }
        if (cause instanceof ConcurrencyException) {
            return new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                    "Another request changed the resource at the same time: retry");
        }
        return cause;
    }

    /** For callers that throw: the translation as an unchecked exception. */
    static RuntimeException unchecked(Throwable failure) {
        Throwable translated = translate(failure);
        return translated instanceof RuntimeException runtime ? runtime : new CompletionException(translated);
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof CommandExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
