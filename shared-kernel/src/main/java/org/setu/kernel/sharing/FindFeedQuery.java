package org.setu.kernel.sharing;

/** Feed entries after {@code after} (a position; 0 = from the beginning), at most {@code limit}, in order. */
public record FindFeedQuery(long after, int limit) {
}
