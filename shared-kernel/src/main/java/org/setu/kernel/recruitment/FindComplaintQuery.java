package org.setu.kernel.recruitment;

/** One complaint's full view (the API decides what the reader sees of it). */
public record FindComplaintQuery(ComplaintId complaintId) {
}
