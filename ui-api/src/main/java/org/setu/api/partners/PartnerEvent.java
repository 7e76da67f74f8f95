package org.setu.api.partners;

/** One feed entry as a partner receives it: its feed position, event id and type, and the CloudEvent as JSON. */
public record PartnerEvent(long position, String eventId, String type, String json) {
}
