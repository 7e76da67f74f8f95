package org.setu.kernel.common;

/**
 * A command addressed to one aggregate: names the aggregate, optionally the version the client last saw
 * (from an {@code If-Match} header), and carries its {@link Stamp}.
 */
public interface StampedCommand {

    String targetAggregateId();

    Stamp stamp();

    /** The aggregate version the client expects, or null when it does not care. */
    default Long expectedVersion() {
        return null;
    }
}
