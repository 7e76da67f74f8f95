package org.setu.kernel.agency;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

import java.util.List;

/** Changes an agency's name, type and services (its AGENCY_ADMIN or SECRETARIAT_ADMIN). */
public record UpdateAgencyCommand(AgencyId agencyId,
                                  String name,
                                  AgencyType type,
                                  List<ServiceOffering> services,
                                  Stamp stamp) implements AgencyCommand {

    public UpdateAgencyCommand {
        Checks.required(agencyId, "agencyId");
        name = Checks.name(name, "name", Limits.NAME);
        Checks.required(type, "type");
        services = services == null ? List.of() : List.copyOf(services);
        Checks.required(stamp, "stamp");
    }
}
