package org.setu.infra.command;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.serialization.Serializer;
import org.setu.command.agency.Agency;
import org.setu.command.agency.AgencyDirectory;
import org.setu.command.agency.EventSourcedAgencyDirectory;
import org.setu.command.common.StampedCommandTargetResolver;
import org.setu.command.recruitment.Complaint;
import org.setu.command.recruitment.ComplaintSla;
import org.setu.command.recruitment.EventSourcedRecruitmentLookup;
import org.setu.command.recruitment.RecruitingAgency;
import org.setu.command.recruitment.RecruitmentLookup;
import org.setu.command.referral.ReferralCase;
import org.setu.command.referral.SlaPolicy;
import org.setu.command.sharing.Agreement;
import org.setu.infra.audit.AuditingCommandBus;
import org.setu.infra.deadline.DeadlineSettings;
import org.setu.infra.deadline.MongoDeadlineManager;
import org.setu.infra.mongo.MongoConnection;
import org.setu.infra.node.NodeIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;

/** The write model: aggregates, the agency lookup, SLA policy and the persistent deadline manager. */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    private static final int SNAPSHOT_EVERY = 100;

    /** The write model's aggregates: each configured and snapshotted, each with a {@code @Revision} for its snapshots. */
    public static final List<Class<?>> AGGREGATES = List.of(ReferralCase.class, Agency.class, Agreement.class,
            Complaint.class, RecruitingAgency.class);

    @Bean
    public CommandTargetResolver commandTargetResolver() {
        return new StampedCommandTargetResolver();
    }

    /** Snapshots of the aggregates (every {@value #SNAPSHOT_EVERY} events), stored by the event store. */
    @Bean
    public Snapshotter snapshotter(
            ObjectProvider<org.axonframework.config.Configuration> axon,
            TransactionManager transactions) {
        return new KnownAggregatesSnapshotter(axon, transactions, AGGREGATES);
    }

    /** Aggregates are cached on the embedded default only: there this node is the only one writing (see below). */
    @Bean
    public ConfigurerModule aggregates(MongoConnection connection) {
        return configurer -> AGGREGATES.forEach(type ->
                configurer.configureAggregate(aggregate(type, connection.isEmbedded())));
    }

    /**
     * Each aggregate: Setu's target resolver and a snapshot every 100 events; with {@code cachedPerNode}, a per-node
     * cache, so that a command on a recently used case reads nothing from the store.
     * <p>
     * A per-node cache is only right where no other node writes. Behind another node's write it is wrong in two ways
     * an append conflict never shows: a command refused on the stale state (a referral made on the other node "not
     * found") and a deadline handler that finds nothing to do (an SLA escalation silently lost: seen in the two-node
     * test). An append on stale state does fail on the version index, and {@link TransientFailureRetry} runs the
     * command again; that remains for two nodes loading the same version at once.
     */
    public static <A> AggregateConfigurer<A> aggregate(Class<A> type, boolean cachedPerNode) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type)
                .configureCommandTargetResolver(c -> new StampedCommandTargetResolver())
                .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), SNAPSHOT_EVERY));
        return cachedPerNode ? aggregate.configureCache(c -> new WeakReferenceCache()) : aggregate;
    }

    /** The local command bus, wrapped so that refused commands are recorded for the audit trail. */
    @Bean
    public CommandBus commandBus(TransactionManager transactionManager,
                                 EventBus eventBus) {
        return new AuditingCommandBus(
                SimpleCommandBus.builder().transactionManager(transactionManager).build(),
                eventBus);
    }

    /** Axon's gateway with retries of transient failures, its refusals translated into Setu's error codes. */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus) {
        return new RefusalTranslatingGateway(DefaultCommandGateway.builder().commandBus(commandBus)
                .retryScheduler(new TransientFailureRetry(Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "setu-command-retry");
                    t.setDaemon(true);
                    return t;
                }))).build());
    }

    @Bean
    public AgencyDirectory agencyDirectory(EventStore eventStore) {
        return new EventSourcedAgencyDirectory(eventStore);
    }

    @Bean
    public RecruitmentLookup recruitmentLookup(EventStore eventStore) {
        return new EventSourcedRecruitmentLookup(eventStore);
    }

    @Bean
    public SlaPolicy slaPolicy(SlaSettings properties) {
        return properties.toPolicy();
    }

    @Bean
    public ComplaintSla complaintSla(SlaSettings properties) {
        return properties.getComplaints().toSla();
    }

    @Bean(destroyMethod = "shutdown")
    public MongoDeadlineManager deadlineManager(ObjectProvider<org.axonframework.config.Configuration> axon,
                                                MongoDatabase database,
                                                Serializer serializer, DeadlineSettings settings,
                                                NodeIdentity node) {
        // Resolved on first use: the Axon configuration itself needs this deadline manager to be built.
        ScopeAwareProvider scopes = scope -> new ConfigurationScopeAwareProvider(axon.getObject()).provideScopeAwareStream(scope);
        return new MongoDeadlineManager(database, scopes, serializer, Clock.systemUTC(), settings.lease(),
                settings.retryAfter(), node.id());
    }

    @Bean
    public ApplicationListener<ApplicationReadyEvent> deadlinePolling(DeadlineManager deadlineManager,
                                                                      DeadlineSettings settings) {
        return ready -> ((MongoDeadlineManager) deadlineManager).start(settings.poll());
    }
}
