package org.setu.api.audit;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The audit trail's tuning ({@code setu.audit.*}): how many refused reads per caller and minute are recorded one by
 * one (more are counted, so a scan cannot flood the trail), and how often a signed checkpoint is written.
 */
public record AuditSettings(@DefaultValue("10") long refusalsPerMinute,
                            @DefaultValue("PT10S") Duration checkpointInterval) {
}
