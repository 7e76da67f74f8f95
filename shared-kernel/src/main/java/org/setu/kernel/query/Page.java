package org.setu.kernel.query;

import java.util.List;

/**
 * One page of a list: the items, which page, its size, and how many there are in all. Concrete per item type
 * ({@link CaseloadPage}, {@link ReferralQueuePage}) so that Axon matches query handlers by response type.
 */
public interface Page<T> {

    int MAX_SIZE = 100;

    List<T> items();

    int page();

    int size();

    long total();

    /** How many pages there are in all: none for an empty list, and a last page that may be short. */
    default long pages() {
        return (total() + size() - 1) / Math.max(1, size());
    }
}
