package org.setu.kernel.agency;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.FieldErrors;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

import java.util.List;

/** Registers a taskforce member agency (SECRETARIAT_ADMIN); every refused field is reported at once. */
public record RegisterAgencyCommand(AgencyId agencyId,
                                    String name,
                                    AgencyType type,
                                    List<ServiceOffering> services,
                                    Stamp stamp) implements AgencyCommand {

    public RegisterAgencyCommand {
        FieldErrors errors = new FieldErrors();
        errors.check(agencyId, v -> Checks.required(v, "agencyId"));
        name = errors.check(name, v -> Checks.name(v, "name", Limits.NAME));
        errors.check(type, v -> Checks.required(v, "type"));
        errors.throwIfAny();
        services = services == null ? List.of() : List.copyOf(services);
        Checks.required(stamp, "stamp");
    }
}
