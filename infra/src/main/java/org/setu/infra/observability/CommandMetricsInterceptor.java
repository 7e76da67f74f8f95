package org.setu.infra.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Times every command by type and outcome: {@code setu_commands_seconds{type, outcome}} gives count, latency and
 * failures (outcome = the exception's simple name) per command type.
 */
public final class CommandMetricsInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String METRIC = "setu.commands";
    private final MeterRegistry registry;

    public CommandMetricsInterceptor(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String type = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.onCleanup(u -> sample.stop(Timer.builder(METRIC)
                .description("Commands handled, by type and outcome")
                .tag("type", type)
                .tag("outcome", outcome(u))
                .register(registry)));
        return chain.proceed();
    }

    private static String outcome(UnitOfWork<?> unitOfWork) {
        var result = unitOfWork.getExecutionResult();
        if (result != null && result.isExceptionResult()) {
            return result.getExceptionResult().getClass().getSimpleName();
        }
        return unitOfWork.isRolledBack() ? "RolledBack" : "success";
    }
}
