package org.setu.kernel.recruitment;

import org.setu.kernel.common.StampedCommand;

/** A command to one complaint. */
public interface ComplaintCommand extends StampedCommand {

    ComplaintId complaintId();

    @Override
    default String targetAggregateId() {
        return complaintId().value();
    }
}
