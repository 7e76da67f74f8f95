package org.setu.kernel.query;

import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.ServiceOffering;
import org.setu.kernel.common.AgencyId;

import java.util.List;

/** An agency in the service directory. */
public record AgencyView(AgencyId agencyId, String name, AgencyType type, List<ServiceOffering> services,
                         boolean active) {

    public AgencyView {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
