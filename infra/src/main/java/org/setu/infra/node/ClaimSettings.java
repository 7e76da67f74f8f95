package org.setu.infra.node;

import java.time.Duration;

/**
 * How nodes share work ({@code setu.node.*}); see docs/projections.md, "Several nodes".
 *
 * @param id            this node's identity ({@code SETU_NODE_ID}, e.g. a StatefulSet pod name); blank: the one kept
 *                      in the data directory (file {@code node-id}), made on first start
 * @param claimTimeout  how long a processor segment's claim holds without a heartbeat before another node takes it
 * @param heartbeat     how often an idle processor renews its claims (well under the claim timeout)
 * @param claimInterval how often a processor tries to claim segments no node holds
 */
public record ClaimSettings(String id, Duration claimTimeout, Duration heartbeat, Duration claimInterval) {

    public ClaimSettings {
        id = id == null || id.isBlank() ? null : id.strip();
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(2) : claimTimeout;
        heartbeat = heartbeat == null ? Duration.ofMillis(500) : heartbeat;
        claimInterval = claimInterval == null ? Duration.ofMillis(500) : claimInterval;
        if (heartbeat.multipliedBy(2).compareTo(claimTimeout) > 0) {
            throw new IllegalStateException("setu.node.heartbeat (" + heartbeat + ") must be at most half of "
                    + "setu.node.claim-timeout (" + claimTimeout + "), or live nodes lose their claims");
        }
    }
}
