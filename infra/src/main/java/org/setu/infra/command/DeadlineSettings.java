package org.setu.infra.command;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The persistent deadline manager ({@code setu.deadlines.*}): how long a node's claim on a due deadline lasts before
 * another node may take it, and how often due deadlines are looked for.
 */
public record DeadlineSettings(@DefaultValue("PT1M") Duration lease, @DefaultValue("PT1S") Duration poll) {
}
