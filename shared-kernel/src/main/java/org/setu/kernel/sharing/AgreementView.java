package org.setu.kernel.sharing;

import java.time.Instant;

/** An agreement as it stands: partner, terms, and whether (and why) it was revoked. */
public record AgreementView(AgreementId agreementId, String partner, AgreementTerms terms, boolean revoked,
                            String revocationReason, Instant createdAt) {

    /**
     * Whether the agreement covers a feed entry: one of its event types, one of its categories, one of its districts
     * (none named: every district), and not from before its start.
     */
    public boolean covers(FeedEntry entry) {
        return (terms.eventTypes().contains(FeedEventTypes.ALL) || terms.eventTypes().contains(entry.type()))
                && terms.categories().contains(entry.category())
                && (terms.districts().isEmpty() || entry.district() != null && terms.districts().contains(entry.district()))
                && (terms.validFrom() == null || !entry.time().isBefore(terms.validFrom()));
    }

    /** In force at {@code now}: not revoked and within its validity. */
    public boolean inForce(Instant now) {
        return !revoked && !now.isBefore(terms.validFrom() == null ? Instant.MIN : terms.validFrom())
                && now.isBefore(terms.validUntil());
    }
}
