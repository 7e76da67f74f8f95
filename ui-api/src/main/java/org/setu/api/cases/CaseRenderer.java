package org.setu.api.cases;

import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.NoteView;
import org.setu.kernel.query.ReferralView;
import org.setu.kernel.referral.NoteVisibility;
import org.setu.kernel.referral.SubjectData;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Field-level need-to-know. The lead agency sees the whole case. A receiving agency sees the non-personal facts,
 * the referrals it sends or receives, notes shared with every agency (and its own), and the subject's personal data
 * only within the consent; never the consent record itself.
 */
public final class CaseRenderer {

    private CaseRenderer() {
    }

    public static CaseDetail render(CaseView v, AgencyId caller, AgencyType callerType) {
        boolean lead = v.leadAgency().equals(caller);
        List<CaseDetail.Referral> referrals = v.referrals().stream()
                .filter(r -> lead || r.toAgency().equals(caller) || r.fromAgency().equals(caller))
                .map(CaseRenderer::referral).toList();
        List<CaseDetail.Note> notes = v.notes().stream()
                .filter(n -> lead || n.visibility() == NoteVisibility.ALL_AGENCIES || n.authorAgency().equals(caller))
                .map(CaseRenderer::note).toList();
        CaseDetail.Subject subject = v.personalDataVisibleTo(caller, callerType) ? subject(v.subject()) : null;
        CaseDetail.Consent consent = lead ? new CaseDetail.Consent(ids(v.consent().agencies()), v.consent().agencyTypes(),
                v.consent().purposes(), v.consentWithdrawn(), ids(v.consentOverrides())) : null;
        return new CaseDetail(v.caseId().value(), v.version(), v.status(), v.facts().category(),
                v.facts().migrationStage(), v.facts().countryOfOrigin(), v.facts().countryOfDestination(),
                v.facts().district(), v.facts().vulnerabilities(), v.leadAgency().value(), subject, consent, referrals,
                notes, v.transferTarget() == null ? null : v.transferTarget().value(), v.openedAt(), v.lastActivityAt());
    }

    private static java.util.Set<String> ids(java.util.Set<AgencyId> agencies) {
        return agencies.stream().map(AgencyId::value).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static CaseDetail.Subject subject(SubjectData s) {
        return new CaseDetail.Subject(s.fullName(), s.dateOfBirth(), s.sex(), s.phone(), s.passportNumber());
    }

    private static CaseDetail.Referral referral(ReferralView r) {
        return new CaseDetail.Referral(r.referralId().value(), r.fromAgency().value(), r.toAgency().value(),
                r.serviceType(), r.urgency(), r.status(), r.note(), r.requestedAt(), r.decisionDueAt(),
                r.firstServiceDueAt(), r.decidedAt(), r.closedAt(), r.outcome(), r.declineReasonCode(), r.reason(),
                r.escalations(), r.overdue());
    }

    private static CaseDetail.Note note(NoteView n) {
        return new CaseDetail.Note(n.noteId().value(), n.authorAgency().value(), n.author().value(), n.visibility(),
                n.text(), n.at());
    }
}
