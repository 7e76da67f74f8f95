package org.setu.kernel.referral;

/** Every fact about a referral case. */
public sealed interface CaseEvent permits CaseOpenedEvent, ConsentRecordedEvent, ConsentWithdrawnEvent,
        ConsentOverriddenEvent, NoteAddedEvent, ReferralRequestedEvent,
        ReferralAcceptedEvent, ReferralDeclinedEvent, ReferralServiceStartedEvent,
        ReferralCompletedEvent, ReferralFailedEvent, ReferralWithdrawnEvent,
        LeadTransferRequestedEvent, LeadTransferAcceptedEvent, LeadTransferDeclinedEvent,
        CaseClosedEvent, CaseReopenedEvent, ReferralEscalatedEvent, SubjectErasedEvent, BreakGlassGrantedEvent {

    CaseId caseId();
}
