package org.setu.kernel.recruitment;

/** A complaint's or recruiting agency's current version (its last event's sequence number): for the ETag. */
public record FindRecruitmentVersionQuery(String aggregateId) {
}
