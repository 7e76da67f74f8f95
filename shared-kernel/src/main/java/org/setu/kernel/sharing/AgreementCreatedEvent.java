package org.setu.kernel.sharing;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** A data-sharing agreement with a partner began. */
@Revision("1")
public record AgreementCreatedEvent(AgreementId agreementId, String partner, AgreementTerms terms, Stamp stamp)
        implements AgreementEvent {
}
