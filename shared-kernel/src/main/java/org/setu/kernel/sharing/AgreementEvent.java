package org.setu.kernel.sharing;

import org.setu.kernel.common.Stamp;

/** Every fact about a data-sharing agreement. */
public sealed interface AgreementEvent permits AgreementCreatedEvent, AgreementAmendedEvent, AgreementRevokedEvent {

    AgreementId agreementId();

    Stamp stamp();
}
