package org.setu.api.console;

import org.junit.jupiter.api.Test;
import org.setu.api.referral.CaseDetail;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.query.RecordedCaseEvent;
import org.setu.kernel.referral.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CaseHistoryLinesTest {

    private static final CaseId CASE = new CaseId("C0001");
    private static final AgencyId MOE = new AgencyId("moewoe");
    private static final AgencyId IOM = new AgencyId("iom-bd");
    private static final AgencyId NGO = new AgencyId("ngo-a");
    private static final Sealed SEALED = new Sealed("v1:x");
    private static final Map<String, String> NAMES = Map.of("moewoe", "Ministry", "iom-bd", "IOM", "ngo-a", "NGO A");

    private static Stamp by(String staff, AgencyId agency) {
        return new Stamp(new CommandId(staff + "-cmd"), new Actor(new StaffId(staff), agency, Set.of(Role.CASEWORKER)),
                Instant.EPOCH);
    }

    private static final List<CaseEvent> EVENTS = List.of(
            new ConsentRecordedEvent(CASE, Consent.NONE, by("amina", MOE)),
            new ReferralRequestedEvent(CASE, new ReferralId("R0001"), MOE, IOM, ServiceType.REINTEGRATION, Urgency.NORMAL,
                    null, Instant.EPOCH, by("amina", MOE)),
            new ReferralRequestedEvent(CASE, new ReferralId("R0002"), MOE, NGO, ServiceType.PSYCHOSOCIAL, Urgency.NORMAL,
                    null, Instant.EPOCH, by("amina", MOE)),
            new ReferralAcceptedEvent(CASE, new ReferralId("R0001"), Instant.EPOCH, by("nadia", IOM)),
            new NoteAddedEvent(CASE, new NoteId("N0001"), MOE, NoteVisibility.LEAD_AGENCY, SEALED, by("amina", MOE)),
            new LeadTransferRequestedEvent(CASE, MOE, NGO, SEALED, by("farid", MOE)),
            new CaseClosedEvent(CASE, SEALED, by("amina", MOE)));

    private static CaseDetail.Referral referral(String id, String to, ServiceType service) {
        return new CaseDetail.Referral(id, "moewoe", to, service, Urgency.NORMAL, ReferralStatus.ACCEPTED, null,
                Instant.EPOCH, null, null, null, null, null, null, null, List.of(), false);
    }

    private static List<String> told(CaseDetail view, AgencyId caller, String staff) {
        var events = EVENTS.stream().map(e -> new RecordedCaseEvent(0, Instant.EPOCH, e)).toList();
        return CaseHistoryLines.of(view, events, caller, staff, NAMES,
                (key, args) -> args.length == 0 ? key : key + List.of(args)).stream().map(CaseHistoryLines.Line::text).toList();
    }

    @Test
    void a_receiving_agency_is_told_only_of_its_own_referral_and_of_the_case_and_sees_other_agencies_staff_as_the_agency() {
        var iomView = new CaseDetail("C0001", 7, CaseStatus.CLOSED, CaseCategory.TRAFFICKING, null, null, null, "Dhaka",
                Set.of(), "moewoe", null, null, List.of(referral("R0001", "iom-bd", ServiceType.REINTEGRATION)), List.of(),
                NGO.value(), Instant.EPOCH, Instant.EPOCH, false, null);
        assertThat(told(iomView, IOM, "nadia")).containsExactly(
                "history.referred[Ministry, IOM, enum.ServiceType.REINTEGRATION]",
                "history.accepted[history.staffOf[nadia, IOM], IOM, enum.ServiceType.REINTEGRATION]",
                "history.closed[Ministry]");
    }

    @Test
    void the_lead_is_told_everything_its_view_holds_and_names_its_own_staff() {
        var leadView = new CaseDetail("C0001", 7, CaseStatus.CLOSED, CaseCategory.TRAFFICKING, null, null, null, "Dhaka",
                Set.of(), "moewoe", null, new CaseDetail.Consent(Set.of(), Set.of(), Set.of(), false, Set.of()),
                List.of(referral("R0001", "iom-bd", ServiceType.REINTEGRATION), referral("R0002", "ngo-a", ServiceType.PSYCHOSOCIAL)),
                List.of(new CaseDetail.Note("N0001", "moewoe", "amina", NoteVisibility.LEAD_AGENCY, "t", Instant.EPOCH)),
                NGO.value(), Instant.EPOCH, Instant.EPOCH, false, List.of());
        assertThat(told(leadView, MOE, "amina")).hasSize(7).contains(
                "history.consent[history.staffOf[amina, Ministry]]",
                "history.note[history.staffOf[amina, Ministry], enum.NoteVisibility.LEAD_AGENCY]",
                "history.leadOffered[history.staffOf[farid, Ministry], NGO A]",
                "history.accepted[IOM, IOM, enum.ServiceType.REINTEGRATION]");
    }
}
