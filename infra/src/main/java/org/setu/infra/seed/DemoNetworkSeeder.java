package org.setu.infra.seed;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.RegisterAgencyCommand;
import org.setu.kernel.agency.ServiceOffering;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.sharing.AgreementId;
import org.setu.kernel.sharing.AgreementTerms;
import org.setu.kernel.sharing.CreateAgreementCommand;
import org.setu.kernel.sharing.IdentifierPolicy;

/**
 * With {@code setu.seed=demo} (the quick-start sets it), registers the demo network: a ministry, IOM and an NGO.
 * Each registration carries a fixed command id, so seeding again after a restart is a no-op, not a conflict.
 */
@Component
@ConditionalOnProperty(name = "setu.seed", havingValue = "demo")
public class DemoNetworkSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoNetworkSeeder.class);
    private final CommandGateway commands;

    public DemoNetworkSeeder(CommandGateway commands) {
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        for (RegisterAgencyCommand agency : demoNetwork()) {
            commands.sendAndWait(agency);
        }
        LOG.info("Demo network present: {}", demoNetwork().stream().map(RegisterAgencyCommand::agencyId).toList());
        commands.sendAndWait(demoAgreement());
        LOG.info("Demo data-sharing agreement present: research-1 receives pseudonymous RETURN_REINTEGRATION and "
                + "LABOUR_EXPLOITATION events");
    }

    /** The demo research partner's agreement (the users file has its client credentials). */
    static CreateAgreementCommand demoAgreement() {
        Stamp stamp = new Stamp(new CommandId("seed-agreement-research-1"),
                new Actor(new StaffId("setu-quickstart"), AgencyId.SECRETARIAT, Set.of(Role.SECRETARIAT_ADMIN)),
                Instant.parse("2026-01-01T00:00:00Z"));
        var terms = new AgreementTerms(Set.of("*"),
                Set.of(CaseCategory.RETURN_REINTEGRATION,
                        CaseCategory.LABOUR_EXPLOITATION), Set.of(),
                IdentifierPolicy.PSEUDONYMOUS, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2028-01-01T00:00:00Z"));
        return new CreateAgreementCommand(
                new AgreementId("A-demo-research-1"), "research-1", terms, stamp);
    }

    static List<RegisterAgencyCommand> demoNetwork() {
        return List.of(
                agency("moewoe", "Ministry of Expatriates' Welfare and Overseas Employment", AgencyType.MINISTRY,
                        new ServiceOffering(ServiceType.REPATRIATION, Set.of("Dhaka"), Set.of("bn", "en"), "Sun-Thu 9-17"),
                        new ServiceOffering(ServiceType.FINANCIAL_ASSISTANCE, Set.of("Dhaka", "Sylhet"), Set.of("bn"), null)),
                agency("iom-bd", "IOM Bangladesh", AgencyType.UN_AGENCY,
                        new ServiceOffering(ServiceType.REINTEGRATION, Set.of("Dhaka", "Sylhet", "Cumilla"), Set.of("bn", "en"), null),
                        new ServiceOffering(ServiceType.SHELTER, Set.of("Dhaka"), Set.of("bn", "en"), "24/7")),
                agency("brac-mp", "BRAC Migration Programme", AgencyType.NGO,
                        new ServiceOffering(ServiceType.PSYCHOSOCIAL, Set.of("Dhaka", "Cumilla"), Set.of("bn"), "Sat-Thu 9-17"),
                        new ServiceOffering(ServiceType.LEGAL_AID, Set.of("Dhaka"), Set.of("bn", "en"), null)));
    }

    private static RegisterAgencyCommand agency(String id, String name, AgencyType type, ServiceOffering... services) {
        Stamp stamp = new Stamp(new CommandId("seed-agency-" + id),
                new Actor(new StaffId("setu-quickstart"), AgencyId.SECRETARIAT, Set.of(Role.SECRETARIAT_ADMIN)),
                Instant.parse("2026-01-01T00:00:00Z"));
        return new RegisterAgencyCommand(new AgencyId(id), name, type, List.of(services), stamp);
    }
}
