package org.setu.kernel.sharing;

import org.setu.kernel.common.StampedCommand;

/** A command to one data-sharing agreement. */
public interface AgreementCommand extends StampedCommand {

    AgreementId agreementId();

    @Override
    default String targetAggregateId() {
        return agreementId().value();
    }
}
