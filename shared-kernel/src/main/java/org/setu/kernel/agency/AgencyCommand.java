package org.setu.kernel.agency;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.StampedCommand;

/** A command to one agency's registry entry. */
public interface AgencyCommand extends StampedCommand {

    AgencyId agencyId();

    @Override
    default String targetAggregateId() {
        return agencyId().value();
    }
}
