package org.setu.infra.privacy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.setu.kernel.referral.SubjectErasedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Destroys a subject's data key when the erasure is recorded. A tracking processor of its own, so a key is destroyed
 * even if the node that accepted the erasure stops right after; the API waits for it like for any projection.
 */
@ProcessingGroup(SubjectKeyShredder.GROUP)
public class SubjectKeyShredder {

    public static final String GROUP = "subject-keys";
    private static final Logger LOG = LoggerFactory.getLogger(SubjectKeyShredder.class);
    private final MongoPersonalDataVault vault;

    public SubjectKeyShredder(MongoPersonalDataVault vault) {
        this.vault = vault;
    }

    @EventHandler
    void on(SubjectErasedEvent event) {
        vault.destroy(event.caseId());
        LOG.info("Destroyed the data key of case {} ({})", event.caseId(), event.basis());
    }
}
