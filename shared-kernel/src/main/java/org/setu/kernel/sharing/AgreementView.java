package org.setu.kernel.sharing;

import java.time.Instant;

/** An agreement as it stands: partner, terms, and whether (and why) it was revoked. */
public record AgreementView(AgreementId agreementId, String partner, AgreementTerms terms, boolean revoked,
                            String revocationReason, Instant createdAt) {

    /** In force at {@code now}: not revoked and within its validity. */
    public boolean inForce(Instant now) {
        return !revoked && !now.isBefore(terms.validFrom() == null ? Instant.MIN : terms.validFrom())
                && now.isBefore(terms.validUntil());
    }
}
