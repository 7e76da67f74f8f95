package org.setu.infra.query;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.setu.kernel.query.FindCaseVersionQuery;
import org.setu.query.casefile.CaseViewProjection;
import org.setu.query.casefile.CaseViewStore;
import org.setu.query.caseload.CaseloadProjection;
import org.setu.query.directory.AgencyDirectoryProjection;
import org.setu.query.referrals.ReferralQueueProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read side's projections as Spring beans (Axon finds their handlers), and the secondary indexes that real
 * MongoDB uses for the lists (the embedded server ignores them and scans; see docs/embedded-mongodb.md).
 */
@Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

    @Bean
    public CaseViewProjection caseViewProjection(MongoDatabase database) {
        return new CaseViewProjection(new CaseViewStore(database, CaseViewProjection.COLLECTION));
    }

    @Bean
    public CaseloadProjection caseloadProjection(MongoDatabase database) {
        database.getCollection(CaseloadProjection.ROWS)
                .createIndex(Indexes.compoundIndex(Indexes.ascending("agency"), Indexes.descending("lastActivityAt")));
        return new CaseloadProjection(database);
    }

    @Bean
    public ReferralQueueProjection referralQueueProjection(MongoDatabase database) {
        var rows = database.getCollection(ReferralQueueProjection.COLLECTION);
        rows.createIndex(Indexes.compoundIndex(Indexes.ascending("toAgency"), Indexes.descending("requestedAt")));
        rows.createIndex(Indexes.compoundIndex(Indexes.ascending("fromAgency"), Indexes.descending("requestedAt")));
        return new ReferralQueueProjection(database);
    }

    @Bean
    public org.setu.query.indicators.IndicatorsProjection indicatorsProjection(MongoDatabase database) {
        database.getCollection(org.setu.query.indicators.IndicatorsProjection.REFERRALS)
                .createIndex(Indexes.ascending("month"));
        return new org.setu.query.indicators.IndicatorsProjection(database);
    }

    @Bean
    public AgencyDirectoryProjection agencyDirectoryProjection(MongoDatabase database) {
        return new AgencyDirectoryProjection(database);
    }

    @Bean
    public ProjectionBarrier projectionBarrier(org.axonframework.eventsourcing.eventstore.EventStorageEngine engine,
                                               org.axonframework.config.EventProcessingConfiguration processing) {
        return new ProjectionBarrier(((org.setu.infra.eventstore.SetuEventStorageEngine) engine).log(), processing);
    }

    @Bean
    public CaseVersions caseVersions(EventStore events) {
        return new CaseVersions(events);
    }

    /** A case's current version straight from the event store: what read-your-writes waits for. */
    public static class CaseVersions {
        private final EventStore events;

        CaseVersions(EventStore events) {
            this.events = events;
        }

        @QueryHandler
        public Long handle(FindCaseVersionQuery query) {
            return events.lastSequenceNumberFor(query.caseId().value()).orElse(-1L);
        }
    }
}
