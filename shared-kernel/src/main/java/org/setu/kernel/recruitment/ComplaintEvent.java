package org.setu.kernel.recruitment;

import org.setu.kernel.common.Stamp;

/** Every fact about a complaint against a recruiting agency. */
public sealed interface ComplaintEvent permits ComplaintFiledEvent, ComplaintRegisteredEvent, RecruiterNotifiedEvent,
        HearingHeldEvent, AwardMadeEvent, PaymentRecordedEvent, AwardDefaultedEvent, ComplaintReferredToCourtEvent,
        ComplaintWithdrawnEvent, ComplaintClosedEvent, ComplaintReopenedEvent, ComplaintSharedEvent,
        ComplainantErasedEvent, ComplaintEscalatedEvent, ComplaintLinkedToCaseEvent {

    ComplaintId complaintId();

    Stamp stamp();
}
