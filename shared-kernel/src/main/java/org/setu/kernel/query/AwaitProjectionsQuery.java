package org.setu.kernel.query;

/**
 * Read your writes: answers true once every projection of this node has handled every event stored before the
 * query was asked, or false after {@code timeoutMillis}.
 */
public record AwaitProjectionsQuery(long timeoutMillis) {
}
