package org.setu.kernel.sharing;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** An agreement's terms were replaced. */
@Revision("1")
public record AgreementAmendedEvent(AgreementId agreementId, AgreementTerms terms, String reason, Stamp stamp)
        implements AgreementEvent {
}
