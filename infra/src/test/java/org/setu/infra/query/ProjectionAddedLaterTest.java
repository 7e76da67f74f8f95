package org.setu.infra.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.assertj.core.data.Offset;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.setu.infra.eventstore.EventStoreMetrics;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.setu.infra.support.TestMongo;
import org.setu.infra.support.WriteModelNode;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Role;
import org.setu.kernel.query.FindIndicatorsQuery;
import org.setu.kernel.query.IndicatorRow;
import org.setu.kernel.referral.*;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.Generations;
import org.setu.query.indicators.IndicatorsProjection;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setu.infra.support.Scenario.*;

/** An indicator introduced after the facts happened gets their whole history by replaying the log from the start. */
class ProjectionAddedLaterTest {

    @Test
    void a_projection_started_later_replays_the_full_history() {
        try (TestMongo mongo = TestMongo.start()) {
            try (WriteModelNode writer = WriteModelNode.start(mongo.database(), mongo.durability())) {
                network().forEach(writer.commands()::sendAndWait);
                for (int i = 0; i < 3; i++) {
                    CaseId caseId = new CaseId("case-history-" + i);
                    ReferralId referral = new ReferralId("ref-history-" + i);
                    writer.commands().sendAndWait(openCase(caseId));
                    writer.commands().sendAndWait(new RequestReferralCommand(caseId, referral, IOM, ServiceType.REINTEGRATION,
                            Urgency.NORMAL, null, as(MOEWOE, Role.CASEWORKER)));
                    writer.commands().sendAndWait(i == 2
                            ? new DeclineReferralCommand(caseId, referral, DeclineReason.NO_CAPACITY, sealed("full"), as(IOM, Role.FOCAL_POINT))
                            : new AcceptReferralCommand(caseId, referral, as(IOM, Role.FOCAL_POINT)));
                }
            }

            var serializer = JacksonSerializer.builder()
                    .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
            var engine = new SetuEventStorageEngine(mongo.database(), mongo.durability(), serializer,
                    new EventStoreMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
            var projection = new IndicatorsProjection(new Generations(mongo.database()));
            var configurer = DefaultConfigurer.defaultConfiguration()
                    .configureSerializer(c -> serializer).configureEventSerializer(c -> serializer)
                    .configureEventStore(c -> EmbeddedEventStore.builder().storageEngine(engine).build());
            configurer.eventProcessing().registerTokenStore(c -> new InMemoryTokenStore())
                    .registerTrackingEventProcessor(ProcessingGroups.INDICATORS)
                    .registerEventHandler(c -> projection);
            Configuration config = configurer.buildConfiguration();
            config.start();
            try {
                var processor = config.eventProcessingConfiguration()
                        .eventProcessor(ProcessingGroups.INDICATORS, TrackingEventProcessor.class).orElseThrow();
                await().atMost(Duration.ofSeconds(20)).until(() -> processor.processingStatus().values().stream()
                        .allMatch(s -> s.isCaughtUp()) && !processor.processingStatus().isEmpty());
                String month = YearMonth.now(ZoneOffset.UTC).toString();
                var rows = projection.handle(new FindIndicatorsQuery(month, month, null, null, null)).rows();
                assertThat(rows).hasSize(1);
                IndicatorRow row = rows.get(0);
                assertThat(row.agency()).isEqualTo("iom-bd");
                assertThat(row.requested()).isEqualTo(3);
                assertThat(row.accepted()).isEqualTo(2);
                assertThat(row.declined()).isEqualTo(1);
                assertThat(row.acceptanceRate()).isCloseTo(2 / 3.0, Offset.offset(1e-9));
            } finally {
                config.shutdown();
            }
        }
    }
}
