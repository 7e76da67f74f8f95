package org.setu.infra.observability;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

/** Puts the message's correlation id into the logging context while it is handled, so every log line carries it. */
public final class CorrelationMdcInterceptor<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    public static final String KEY = "correlationId";

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
        Object correlationId = unitOfWork.getMessage().getMetaData().get(KEY);
        String previous = MDC.get(KEY);
        if (correlationId != null) {
            MDC.put(KEY, correlationId.toString());
        }
        try {
            return chain.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        }
    }
}
