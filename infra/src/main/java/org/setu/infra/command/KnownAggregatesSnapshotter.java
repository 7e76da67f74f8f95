package org.setu.infra.command;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.util.function.Supplier;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateFactory;

/**
 * The snapshotter for Setu's aggregates. They are configured explicitly (not as Spring {@code @Aggregate} beans), so
 * Spring's own snapshotter would not know them ("aggregate type is unknown"): this one lists them. It is built on
 * first use, from the finished Axon configuration (its parameter resolvers and handler definitions).
 */
public final class KnownAggregatesSnapshotter implements Snapshotter {

    private final Supplier<Snapshotter> delegate;
    private volatile Snapshotter built;

    public KnownAggregatesSnapshotter(ObjectProvider<Configuration> axon,
                                      TransactionManager transactions, List<Class<?>> aggregates) {
        this.delegate = () -> {
            var configuration = axon.getObject();
            return AggregateSnapshotter.builder().eventStore(configuration.eventStore())
                    .aggregateFactories(aggregates.stream().<AggregateFactory<?>>map(
                            GenericAggregateFactory::new).toList())
                    .parameterResolverFactory(configuration.parameterResolverFactory())
                    .handlerDefinition(configuration.handlerDefinition(aggregates.get(0)))
                    .transactionManager(transactions)
                    .build();
        };
    }

    @Override
    public void scheduleSnapshot(Class<?> aggregateType, String aggregateIdentifier) {
        Snapshotter snapshotter = built;
        if (snapshotter == null) {
            synchronized (this) {
                if (built == null) {
                    built = delegate.get();
                }
                snapshotter = built;
            }
        }
        snapshotter.scheduleSnapshot(aggregateType, aggregateIdentifier);
    }
}
