package org.setu.infra.privacy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.setu.kernel.recruitment.ComplainantErasedEvent;
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

    /** A complainant's key lives in the same vault, under the complaint's id: one mechanism (decisions/0012). */
    @EventHandler
    void on(ComplainantErasedEvent event) {
        vault.destroy(event.complaintId().subjectKey());
        LOG.info("Destroyed the data key of complaint {} ({})", event.complaintId(), event.basis());
    }
}
