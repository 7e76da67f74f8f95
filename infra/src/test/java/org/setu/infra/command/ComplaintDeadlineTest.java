package org.setu.infra.command;

import org.setu.infra.support.SecondApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.TestMongo;
import org.setu.kernel.audit.AuditPage;
import org.setu.kernel.audit.FindAuditEntriesQuery;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;
import org.setu.kernel.recruitment.*;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setu.infra.support.Scenario.*;

/**
 * A complaint's registration deadline through the real deadline manager (MongoDB-stored, polled): missed, it
 * escalates once, and the escalation reaches the complaint view and the audit trail as Setu's own act.
 */
class ComplaintDeadlineTest {

    private static ConfigurableApplicationContext start(Path dataDir, String database) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--setu.data-dir=" + dataDir,
                "--setu.sla.complaints.registration=2s", "--setu.sla.complaints.first-hearing=2s",
                "--setu.deadlines.poll=200ms", "--setu.deadlines.lease=5s"));
        if (TestMongo.realServerUri() != null) {
            args.add("--setu.mongodb-uri=" + TestMongo.realServerUri().replaceFirst("(mongodb://[^/?]+)(/[^?]*)?", "$1/" + database));
        }
        return SecondApplication.builder().run(args.toArray(String[]::new));
    }

    @Test
    void an_unregistered_complaint_escalates_once_and_a_registered_one_waits_for_its_hearing() {
        Licence licence = new Licence("RL-0777");
        ComplaintId late = new ComplaintId("K0000-0777");
        ComplaintId registered = new ComplaintId("K0000-0778");
        try (var setu = start(TestMongo.newDataDir(), "setu_complaint_deadline_" + System.nanoTime())) {
            CommandGateway commands = setu.getBean(CommandGateway.class);
            network().forEach(commands::sendAndWait);
            commands.sendAndWait(new LicenceRecruitingAgencyCommand(licence, "Late Line", "Dhaka",
                    as(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN)));
            commands.sendAndWait(file(late, licence));
            commands.sendAndWait(file(registered, licence));
            commands.sendAndWait(new RegisterComplaintCommand(registered, as(MOEWOE, Role.CASEWORKER)));

            EventStore events = setu.getBean(EventStore.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> escalations(events, late).size() == 1
                    && escalations(events, registered).size() == 1);
            assertThat(escalations(events, late)).singleElement().satisfies(e -> {
                assertThat(e.deadline()).isEqualTo(ComplaintDeadline.REGISTRATION);
                assertThat(e.receivingAgency()).isEqualTo(MOEWOE);
            });
            assertThat(escalations(events, registered)).singleElement()
                    .satisfies(e -> assertThat(e.deadline()).as("registered in time: only the hearing is late")
                            .isEqualTo(ComplaintDeadline.FIRST_HEARING));

            QueryGateway queries = setu.getBean(QueryGateway.class);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                ComplaintView view = queries.query(new FindComplaintQuery(late), ComplaintView.class).join();
                assertThat(view.overdue()).containsExactly(ComplaintDeadline.REGISTRATION);
                assertThat(view.steps()).extracting(ComplaintView.Step::step).contains("OVERDUE_REGISTRATION");
                AuditPage trail = queries.query(new FindAuditEntriesQuery(late.value(), null, null, null, null, null,
                        0, 50), ResponseTypes.instanceOf(AuditPage.class)).join();
                assertThat(trail.items()).anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("ComplaintEscalated");
                    assertThat(entry.actor()).isEqualTo("setu");
                    assertThat(entry.reason()).startsWith("missed the REGISTRATION deadline");
                });
            });
            Thread.sleep(1500);
            assertThat(escalations(events, late)).as("a deadline fires once").hasSize(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static FileComplaintCommand file(ComplaintId id, Licence licence) {
        return new FileComplaintCommand(id, new ComplaintFacts(licence, null, ComplaintChannel.HELPLINE,
                Set.of(ComplaintCategory.EXCESS_FEES), "SA", Sex.M, 450_000L, null, 200_000L, 35_000L),
                sealed("complainant"), new ComplaintConsent(Set.of(), Set.of(ComplaintPurpose.COMPLAINT_HANDLING), false),
                as(MOEWOE, Role.CASEWORKER));
    }

    private static List<ComplaintEscalatedEvent> escalations(EventStore events, ComplaintId id) {
        return events.readEvents(id.value()).asStream().map(m -> m.getPayload())
                .filter(ComplaintEscalatedEvent.class::isInstance).map(ComplaintEscalatedEvent.class::cast).toList();
    }
}
