package org.setu.infra.command;

import org.setu.infra.support.SecondApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.TestMongo;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.*;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setu.infra.support.Scenario.*;

/** An SLA deadline scheduled before a shutdown fires after the restart, on the same data directory. */
class DeadlineAcrossRestartTest {

    private static ConfigurableApplicationContext start(Path dataDir, String database) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0", "--setu.data-dir=" + dataDir,
                "--setu.sla.urgent.decision=3s", "--setu.deadlines.poll=200ms", "--setu.deadlines.lease=5s"));
        if (TestMongo.realServerUri() != null) {
            args.add("--setu.mongodb-uri=" + TestMongo.realServerUri().replaceFirst("(mongodb://[^/?]+)(/[^?]*)?", "$1/" + database));
        }
        return SecondApplication.builder().run(args.toArray(String[]::new));
    }

    @Test
    void a_decision_deadline_missed_while_setu_was_down_escalates_after_restart() {
        Path dataDir = TestMongo.newDataDir();
        String database = "setu_deadline_" + System.nanoTime();
        CaseId caseId = new CaseId("case-restart-1");
        ReferralId referralId = new ReferralId("ref-urgent");

        try (var first = start(dataDir, database)) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            network().forEach(commands::sendAndWait);
            commands.sendAndWait(openCase(caseId));
            commands.sendAndWait(new RequestReferralCommand(caseId, referralId, IOM, ServiceType.REINTEGRATION,
                    Urgency.URGENT, null, as(MOEWOE, Role.CASEWORKER)));
        }
        try (var second = start(dataDir, database)) {
            EventStore events = second.getBean(EventStore.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> events.readEvents(caseId.value()).asStream()
                    .anyMatch(e -> e.getPayload() instanceof ReferralEscalatedEvent));
            var escalation = events.readEvents(caseId.value()).asStream()
                    .filter(e -> e.getPayload() instanceof ReferralEscalatedEvent)
                    .map(e -> (ReferralEscalatedEvent) e.getPayload()).toList();
            assertThat(escalation).hasSize(1);
            assertThat(escalation.get(0).deadline()).isEqualTo(SlaDeadline.DECISION);
            assertThat(escalation.get(0).toAgency()).isEqualTo(IOM);
        }
    }
}
