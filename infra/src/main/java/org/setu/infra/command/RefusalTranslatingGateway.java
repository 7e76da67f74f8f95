package org.setu.infra.command;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The command gateway every Setu caller gets: Axon's gateway (with its retries of transient failures) whose
 * failures arrive translated by {@link AxonRefusals}. The command bus below still sees Axon's own exceptions, so the
 * audit trail and the {@code setu.commands} metric name them as before.
 */
public final class RefusalTranslatingGateway implements CommandGateway {

    private final CommandGateway delegate;

    public RefusalTranslatingGateway(CommandGateway delegate) {
        this.delegate = delegate;
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        delegate.<C, R>send(command, (message, result) -> callback.onResult(message, result.isExceptional()
                ? GenericCommandResultMessage.asCommandResultMessage(AxonRefusals.translate(result.exceptionResult()))
                : result));
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        CompletableFuture<R> translated = new CompletableFuture<>();
        delegate.<R>send(command).whenComplete((result, failure) -> {
            if (failure == null) {
                translated.complete(result);
            } else {
                translated.completeExceptionally(AxonRefusals.translate(failure));
            }
        });
        return translated;
    }

    @Override
    public <R> R sendAndWait(Object command) {
        try {
            return delegate.sendAndWait(command);
        } catch (RuntimeException failure) {
            throw AxonRefusals.unchecked(failure);
        }
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        try {
            return delegate.sendAndWait(command, timeout, unit);
        } catch (RuntimeException failure) {
            throw AxonRefusals.unchecked(failure);
        }
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }
}
