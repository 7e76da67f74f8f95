package org.setu.api.referral;

import org.setu.api.privacy.PersonalData;
import org.setu.api.privacy.PersonalDataVault;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.NoteView;
import org.setu.kernel.query.ReferralView;
import org.setu.kernel.referral.NoteVisibility;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Field-level need-to-know. The lead agency sees the whole case. A receiving agency sees the non-personal facts,
 * the referrals it sends or receives, notes shared with every agency (and its own), and the subject's personal data
 * only within the consent; never the consent record itself. A reviewer with an active break-glass grant sees what the
 * lead sees, except the consent record. Sealed values are opened here, and only those that will be shown.
 */
public final class CaseRenderer {

    private CaseRenderer() {
    }

    public static CaseDetail render(CaseView v, AgencyId caller, AgencyType callerType, boolean breakGlass,
                                    PersonalDataVault.SubjectKey key, Instant now) {
        boolean lead = v.leads(caller);
        boolean whole = lead || breakGlass;
        List<CaseDetail.Referral> referrals = v.referrals().stream()
                .filter(r -> breakGlass || v.seesReferral(caller, r))
                .map(r -> referral(r, key)).toList();
        List<CaseDetail.Note> notes = v.notes().stream()
                .filter(n -> whole || n.visibility() == NoteVisibility.ALL_AGENCIES || n.authorAgency().equals(caller))
                .map(n -> note(n, key)).toList();
        CaseDetail.Subject subject = breakGlass || v.personalDataVisibleTo(caller, callerType)
                ? subject(PersonalData.openSubject(key, v.subject(), v.subjectErased())) : null;
        CaseDetail.Consent consent = lead ? new CaseDetail.Consent(ids(v.consent().agencies()), v.consent().agencyTypes(),
                v.consent().purposes(), v.consentWithdrawn(), ids(v.consentOverrides())) : null;
        List<CaseDetail.BreakGlass> grants = lead ? v.breakGlass().stream().map(g -> new CaseDetail.BreakGlass(
                g.grantId().value(), g.reviewer().value(), g.reason(), g.grantedAt(), g.expiresAt(),
                now.isBefore(g.expiresAt()))).toList() : null;
        return new CaseDetail(v.caseId().value(), v.version(), v.status(), v.facts().category(),
                v.facts().migrationStage(), v.facts().countryOfOrigin(), v.facts().countryOfDestination(),
                v.facts().district(), v.facts().vulnerabilities(), v.leadAgency().value(), subject, consent, referrals,
                notes, v.transferTarget() == null ? null : v.transferTarget().value(), v.openedAt(), v.lastActivityAt(),
                v.subjectErased(), grants);
    }

    private static Set<String> ids(Set<AgencyId> agencies) {
        return agencies.stream().map(AgencyId::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static CaseDetail.Subject subject(Map<String, String> s) {
        return new CaseDetail.Subject(s.get("fullName"), s.get("dateOfBirth"), s.get("sex"), s.get("phone"),
                s.get("passportNumber"));
    }

    private static CaseDetail.Referral referral(ReferralView r, PersonalDataVault.SubjectKey key) {
        return new CaseDetail.Referral(r.referralId().value(), r.fromAgency().value(), r.toAgency().value(),
                r.serviceType(), r.urgency(), r.status(), PersonalData.openReferralNote(key, r), r.requestedAt(), r.decisionDueAt(),
                r.firstServiceDueAt(), r.decidedAt(), r.closedAt(), PersonalData.openReason(key, r.outcome()),
                r.declineReasonCode(), PersonalData.openReason(key, r.reason()), r.escalations(), r.overdue());
    }

    private static CaseDetail.Note note(NoteView n, PersonalDataVault.SubjectKey key) {
        return new CaseDetail.Note(n.noteId().value(), n.authorAgency().value(), n.author().value(), n.visibility(),
                PersonalData.openNote(key, n), n.at());
    }
}
