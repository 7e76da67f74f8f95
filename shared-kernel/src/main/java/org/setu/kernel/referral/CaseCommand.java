package org.setu.kernel.referral;

import org.setu.kernel.common.StampedCommand;

/** A command to one referral case. */
public interface CaseCommand extends StampedCommand {

    CaseId caseId();

    @Override
    default String targetAggregateId() {
        return caseId().value();
    }
}
