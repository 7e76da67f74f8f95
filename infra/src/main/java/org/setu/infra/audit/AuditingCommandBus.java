package org.setu.infra.audit;

import org.axonframework.common.ExceptionUtils;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.common.AxonTransientException;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.setu.kernel.admin.AdminCommand;
import org.setu.kernel.audit.CommandRefusedEvent;
import org.setu.kernel.common.SetuException;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.StampedCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records refused commands for the audit trail. A refused command writes no aggregate event, so when a stamped
 * command (or an administrator's operation, {@link AdminCommand}) fails for a lasting reason this bus publishes a {@link CommandRefusedEvent} — after the command's unit of
 * work has ended, so the record is stored on its own. Transient failures (retried) are not refusals.
 */
public final class AuditingCommandBus implements CommandBus {

    private static final Logger LOG = LoggerFactory.getLogger(AuditingCommandBus.class);
    private final CommandBus delegate;
    private final EventBus events;

    public AuditingCommandBus(CommandBus delegate, EventBus events) {
        this.delegate = delegate;
        this.events = events;
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        dispatch(command, (c, r) -> { });
    }

    @Override
    public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        delegate.dispatch(command, (CommandMessage<? extends C> c, CommandResultMessage<? extends R> result) -> {
            if (result.isExceptional()) {
                recordRefusal(c, result.exceptionResult());
            }
            callback.onResult(c, result);
        });
    }

    private void recordRefusal(CommandMessage<?> command, Throwable failure) {
        Object payload = command.getPayload();
        if (!(payload instanceof StampedCommand || payload instanceof AdminCommand) || isTransient(failure)) {
            return;
        }
        String target = payload instanceof StampedCommand stamped ? stamped.targetAggregateId()
                : ((AdminCommand) payload).target();
        Stamp stamp = payload instanceof StampedCommand stamped ? stamped.stamp() : ((AdminCommand) payload).stamp();
        String code = failure instanceof SetuException refusal ? refusal.code().code() : failure.getClass().getSimpleName();
        try {
            events.publish(GenericEventMessage.asEventMessage(new CommandRefusedEvent(
                    command.getPayloadType().getSimpleName(), target, stamp, code)));
        } catch (RuntimeException e) {
            LOG.error("Could not record the refusal of {} ({}) for the audit trail", command.getCommandName(), code, e);
        }
    }

    private static boolean isTransient(Throwable failure) {
        return ExceptionUtils.findException(failure, AxonTransientException.class).isPresent();
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        return delegate.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerHandlerInterceptor(interceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }
}
