package org.setu.infra.support;

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
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The demo network and stamps for integration tests: a ministry, IOM and an NGO. */
public final class Scenario {

    public static final AgencyId MOEWOE = new AgencyId("moewoe");
    public static final AgencyId IOM = new AgencyId("iom-bd");
    public static final AgencyId NGO = new AgencyId("ngo-a");

    private Scenario() {
    }

    public static Stamp as(AgencyId agency, Role role) {
        return new Stamp(new CommandId(UUID.randomUUID().toString()),
                new Actor(new StaffId(role.name().toLowerCase() + "@" + agency), agency, Set.of(role)), Instant.now());
    }

    public static List<RegisterAgencyCommand> network() {
        Stamp admin = as(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN);
        return List.of(
                new RegisterAgencyCommand(MOEWOE, "Ministry of Expatriates' Welfare", AgencyType.MINISTRY,
                        List.of(new ServiceOffering(ServiceType.REPATRIATION, Set.of("Dhaka"), Set.of("bn"), null)), admin),
                new RegisterAgencyCommand(IOM, "IOM Bangladesh", AgencyType.UN_AGENCY,
                        List.of(new ServiceOffering(ServiceType.REINTEGRATION, Set.of("Dhaka"), Set.of("bn", "en"), null)),
                        as(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN)),
                new RegisterAgencyCommand(NGO, "NGO A", AgencyType.NGO,
                        List.of(new ServiceOffering(ServiceType.PSYCHOSOCIAL, Set.of("Dhaka"), Set.of("bn"), null)),
                        as(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN)));
    }

    /** Below the API nothing opens a sealed value, so a write-model test needs only its shape. */
    public static Sealed sealed(String text) {
        return new Sealed(Sealed.PREFIX + text);
    }

    public static OpenCaseCommand openCase(CaseId caseId) {
        return new OpenCaseCommand(caseId,
                new CaseFacts(CaseCategory.RETURN_REINTEGRATION, MigrationStage.RETURN, "BD", "SA", "Dhaka", Set.of()),
                sealed("subject"),
                new Consent(Set.of(IOM, NGO), Set.of(), Set.of(ConsentPurpose.SERVICE_PROVISION)),
                as(MOEWOE, Role.CASEWORKER));
    }
}
