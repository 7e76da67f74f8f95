package org.setu.api.feeds;

import java.time.Duration;

/**
 * Feed tuning: how often an idle stream looks for new entries, how often it sends a heartbeat, and how many streams a
 * partner may hold open ({@code setu.feeds.poll}, {@code setu.feeds.heartbeat}, {@code setu.feeds.max-connections}).
 */
public record FeedSettings(Duration poll, Duration heartbeat, int maxConnections) {
}
