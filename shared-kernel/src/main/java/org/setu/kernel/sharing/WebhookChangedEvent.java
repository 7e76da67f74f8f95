package org.setu.kernel.sharing;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/**
 * A partner registered, removed or re-keyed a webhook: where its data goes is part of the audit trail. {@code change}
 * is REGISTERED, REMOVED or SECRET_ROTATED; {@code destination} is the URL's scheme, host and port (no path or query).
 */
@Revision("1")
public record WebhookChangedEvent(String webhookId, String partner, String change, String destination, Stamp stamp) {
}
