package org.setu.kernel.agency;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

import java.util.List;

/** Registers a taskforce member agency (SECRETARIAT_ADMIN). */
public record RegisterAgencyCommand(AgencyId agencyId,
                                    String name,
                                    AgencyType type,
                                    List<ServiceOffering> services,
                                    Stamp stamp) implements AgencyCommand {

    public RegisterAgencyCommand {
        Checks.required(agencyId, "agencyId");
        name = Checks.text(name, "name", Limits.NAME);
        Checks.required(type, "type");
        services = services == null ? List.of() : List.copyOf(services);
        Checks.required(stamp, "stamp");
    }
}
