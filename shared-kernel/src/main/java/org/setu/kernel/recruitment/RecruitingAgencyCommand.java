package org.setu.kernel.recruitment;

import org.setu.kernel.common.StampedCommand;

/** A command to one recruiting agency's record, addressed by its licence. */
public interface RecruitingAgencyCommand extends StampedCommand {

    Licence licence();

    @Override
    default String targetAggregateId() {
        return licence().value();
    }
}
