package org.setu.api.feeds;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Feed tuning: how often an idle stream looks for new entries, how often it sends a heartbeat, and how many streams a
 * partner may hold open ({@code setu.feeds.poll}, {@code setu.feeds.heartbeat}, {@code setu.feeds.max-connections}).
 */
public record FeedSettings(@DefaultValue("PT0.5S") Duration poll, @DefaultValue("PT15S") Duration heartbeat,
                           @DefaultValue("3") int maxConnections) {
}
