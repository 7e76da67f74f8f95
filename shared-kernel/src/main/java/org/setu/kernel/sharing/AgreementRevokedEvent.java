package org.setu.kernel.sharing;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/** An agreement ended before its time. */
@Revision("1")
public record AgreementRevokedEvent(AgreementId agreementId, String reason, Stamp stamp) implements AgreementEvent {
}
