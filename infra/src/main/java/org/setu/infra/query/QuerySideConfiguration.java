package org.setu.infra.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.setu.infra.mongo.MongoConnection;
import org.setu.infra.rebuild.ProjectionRebuilds;
import org.setu.kernel.admin.RebuildProjectionCommand;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.query.FindCaseVersionQuery;
import org.setu.kernel.recruitment.FindRecruitmentVersionQuery;
import org.setu.query.recruitment.ComplaintViewProjection;
import org.setu.query.recruitment.RecruitingAgencyProjection;
import org.setu.query.recruitment.RecruitmentIndicatorsProjection;
import org.setu.query.referral.CaseViewProjection;
import org.setu.query.referral.CaseloadProjection;
import org.setu.query.common.Generations;
import org.setu.query.common.RebuildableProjection;
import org.setu.query.directory.AgencyDirectoryProjection;
import org.setu.query.indicators.IndicatorsProjection;
import org.setu.query.referral.ReferralQueueProjection;
import org.setu.api.NodeSettings;
import org.setu.api.audit.AuditSettings;
import org.setu.infra.SetuSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import com.mongodb.client.model.Indexes;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.setu.infra.audit.AuditCheckpoints;
import org.setu.infra.keys.AuditKeys;
import org.setu.query.audit.AuditTrailProjection;
import org.setu.query.feed.FeedProjection;
import org.setu.query.retention.RetentionProjection;
import org.setu.query.sharing.AgreementProjection;

/**
 * The read side's projections as Spring beans (Axon finds their handlers), their collections in generations (so a
 * rebuild never takes a view away), their secondary indexes for real MongoDB, and the rebuild machinery with its
 * command-line switch {@code --setu.rebuild=<processing group>[,...]}.
 */
@Configuration(proxyBeanMethods = false)
// The projections that need nothing but their generations; those with settings have @Bean methods below.
@Import({CaseViewProjection.class, AgencyDirectoryProjection.class, AgreementProjection.class, RetentionProjection.class,
        FeedProjection.class, IndicatorsProjection.class, ComplaintViewProjection.class, RecruitingAgencyProjection.class,
        RecruitmentIndicatorsProjection.class})
public class QuerySideConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(QuerySideConfiguration.class);

    @Bean
    public Generations generations(MongoDatabase database) {
        return new Generations(database);
    }

    @Bean
    public CaseloadProjection caseloadProjection(Generations generations, MongoConnection connection) {
        return new CaseloadProjection(generations, connection.isEmbedded());
    }

    @Bean
    public ReferralQueueProjection referralQueueProjection(Generations generations,
                                                           QueryUpdateEmitter updates,
                                                           MongoConnection connection) {
        return new ReferralQueueProjection(generations, updates, connection.isEmbedded());
    }

    @Bean
    public AuditTrailProjection auditTrailProjection(MongoDatabase database) {
        var entries = database.getCollection(AuditTrailProjection.ENTRIES);
        for (String field : List.of("caseId", "agency", "actor", "action")) {
            entries.createIndex(Indexes.ascending(field));
        }
        return new AuditTrailProjection(database);
    }

    @Bean(destroyMethod = "close")
    public AuditCheckpoints auditCheckpoints(AuditTrailProjection trail,
                                                                  MongoDatabase database, AuditKeys keys,
                                                                  AuditSettings audit) {
        var checkpoints = new AuditCheckpoints(trail, database, keys, Clock.systemUTC());
        checkpoints.every(audit.checkpointInterval());
        return checkpoints;
    }

    /**
     * Every projection's secondary indexes, on its active generation (and one being built), once all beans exist and
     * before the event processors start: a projection added later cannot be forgotten here.
     */
    @Bean
    public SmartInitializingSingleton projectionIndexes(List<RebuildableProjection> projections, Generations generations) {
        return () -> projections.forEach(generations::ensureIndexes);
    }

    @Bean(destroyMethod = "close")
    public ProjectionRebuilds projectionRebuilds(EventProcessingConfiguration processing,
                                                 List<RebuildableProjection> projections, Generations generations,
                                                 EventStorageEngine engine, EventGateway events,
                                                 MongoDatabase database) {
        return new ProjectionRebuilds(processing, projections, generations,
                ((SetuEventStorageEngine) engine).log(), Clock.systemUTC(), events::publish, database);
    }

    /** {@code --setu.rebuild=…}: rebuilds asked for at start-up, recorded in the audit trail as Setu's own. */
    @Bean
    public ApplicationListener<ApplicationReadyEvent> rebuildFromCommandLine(ProjectionRebuilds rebuilds,
                                                                            SetuSettings setu) {
        return ready -> Arrays.stream(setu.rebuild().split(",")).map(String::trim).filter(g -> !g.isEmpty())
                .forEach(g -> {
                    try {
                        rebuilds.handle(new RebuildProjectionCommand(g,
                                Stamp.bySetu("rebuild-at-start:" + g + ":" + UUID.randomUUID(), Instant.now())));
                    } catch (ConflictException running) {
                        // Another node (or this one before a restart) is replaying it: that rebuild goes on.
                        LOG.warn("Not rebuilding {} at start-up: {}", g, running.getMessage());
                    }
                });
    }

    @Bean
    public ProjectionBarrier projectionBarrier(EventStorageEngine engine, EventProcessingConfiguration processing,
                                               Generations generations, MongoTemplate axonMongoTemplate,
                                               Serializer serializer) {
        return new ProjectionBarrier(((SetuEventStorageEngine) engine).log(), processing, generations::building,
                axonMongoTemplate.trackingTokensCollection(), serializer);
    }

    /** The readiness probe's {@code projections} component (management.endpoint.health.group.readiness). */
    @Bean
    public ProjectionsReadiness projectionsReadiness(ProjectionBarrier barrier) {
        return new ProjectionsReadiness(barrier);
    }

    @Bean
    public CaseHistory caseHistory(EventStore events) {
        return new CaseHistory(events);
    }

    @Bean
    public CaseVersions caseVersions(EventStore events) {
        return new CaseVersions(events);
    }

    /** A case's (or complaint's, or recruiting agency's) current version straight from the event store. */
    public static class CaseVersions {
        private final EventStore events;

        CaseVersions(EventStore events) {
            this.events = events;
        }

        @QueryHandler
        public Long handle(FindCaseVersionQuery query) {
            return events.lastSequenceNumberFor(query.caseId().value()).orElse(-1L);
        }

        @QueryHandler
        public Long handle(FindRecruitmentVersionQuery query) {
            return events.lastSequenceNumberFor(query.aggregateId()).orElse(-1L);
        }
    }
}
