package org.setu.command.referral;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.referral.*;

import static org.setu.command.referral.Cases.*;

/** The lead role moves only when the offered agency accepts; access follows it. */
class LeadTransferTest {

    private LeadTransferRequestedEvent offered() {
        return new LeadTransferRequestedEvent(CASE, MOEWOE, IOM, sealed("IOM runs reintegration"), focalPoint(MOEWOE));
    }

    @Test
    void a_focal_point_of_the_lead_offers_the_lead() {
        var stamp = focalPoint(MOEWOE);
        fixture().given(opened())
                .when(new RequestLeadTransferCommand(CASE, IOM, sealed("IOM runs reintegration"), stamp))
                .expectEvents(new LeadTransferRequestedEvent(CASE, MOEWOE, IOM, sealed("IOM runs reintegration"), stamp));
        fixture().given(opened())
                .when(new RequestLeadTransferCommand(CASE, IOM, sealed("x"), caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.ROLE_REQUIRED));
        fixture().given(opened())
                .when(new RequestLeadTransferCommand(CASE, OUTSIDER, sealed("x"), focalPoint(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.OUTSIDE_CONSENT));
        fixture().given(opened())
                .when(new RequestLeadTransferCommand(CASE, MOEWOE, sealed("x"), focalPoint(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.ALREADY_LEAD));
        fixture().given(opened(), offered())
                .when(new RequestLeadTransferCommand(CASE, NGO, sealed("x"), focalPoint(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.TRANSFER_PENDING));
    }

    @Test
    void the_target_accepts_and_then_leads() {
        var accept = focalPoint(IOM);
        fixture().given(opened(), offered())
                .when(new AcceptLeadTransferCommand(CASE, accept))
                .expectEvents(new LeadTransferAcceptedEvent(CASE, MOEWOE, IOM, accept));
        var close = caseworker(IOM);
        fixture().given(opened(), offered(), new LeadTransferAcceptedEvent(CASE, MOEWOE, IOM, focalPoint(IOM)))
                .when(new CloseCaseCommand(CASE, sealed("done"), close))
                .expectEvents(new CaseClosedEvent(CASE, sealed("done"), close));
        fixture().given(opened(), offered(), new LeadTransferAcceptedEvent(CASE, MOEWOE, IOM, focalPoint(IOM)))
                .when(new CloseCaseCommand(CASE, sealed("done"), caseworker(MOEWOE)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.NOT_LEAD_AGENCY));
    }

    @Test
    void only_the_target_decides_and_only_while_pending() {
        fixture().given(opened(), offered())
                .when(new AcceptLeadTransferCommand(CASE, focalPoint(NGO)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.NOT_TRANSFER_TARGET));
        fixture().given(opened())
                .when(new AcceptLeadTransferCommand(CASE, focalPoint(IOM)))
                .expectNoEvents().expectException(refusedWith(ErrorCode.NO_TRANSFER_PENDING));
        var decline = focalPoint(IOM);
        fixture().given(opened(), offered())
                .when(new DeclineLeadTransferCommand(CASE, sealed("no capacity"), decline))
                .expectEvents(new LeadTransferDeclinedEvent(CASE, MOEWOE, IOM, sealed("no capacity"), decline));
    }
}
