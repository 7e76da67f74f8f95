package org.setu.api.referral;

import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.ConsentPurpose;
import org.setu.kernel.referral.DeclineReason;
import org.setu.kernel.referral.MigrationStage;
import org.setu.kernel.referral.NoteVisibility;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.SlaDeadline;
import org.setu.kernel.referral.Urgency;
import org.setu.kernel.referral.Vulnerability;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A case as one caller may see it: absent fields are not theirs to see. */
public record CaseDetail(String caseId, long version, CaseStatus status, CaseCategory category,
                         MigrationStage migrationStage, String countryOfOrigin, String countryOfDestination,
                         String district, Set<Vulnerability> vulnerabilities, String leadAgency, Subject subject,
                         Consent consent, List<Referral> referrals, List<Note> notes, String transferTarget,
                         Instant openedAt, Instant lastActivityAt, boolean subjectErased, List<BreakGlass> breakGlass) {

    /** Personal data, shown only within the consent; after erasure every field reads {@code [erased]}. */
    public record Subject(String fullName, String dateOfBirth, String sex, String phone, String passportNumber) {
    }

    /** A break-glass grant on the case (shown to the lead agency). */
    public record BreakGlass(String grantId, String reviewer, String reason, Instant grantedAt, Instant expiresAt,
                             boolean active) {
    }

    /** The recorded consent (the lead agency's view only). */
    public record Consent(Set<String> agencies, Set<AgencyType> agencyTypes, Set<ConsentPurpose> purposes,
                          boolean withdrawn, Set<String> overrides) {
    }

    /** A referral on the case. */
    public record Referral(String referralId, String fromAgency, String toAgency, ServiceType serviceType,
                           Urgency urgency, ReferralStatus status, String note, Instant requestedAt,
                           Instant decisionDueAt, Instant firstServiceDueAt, Instant decidedAt, Instant closedAt,
                           String outcome, DeclineReason declineReasonCode, String reason, List<SlaDeadline> escalations,
                           boolean overdue) {
    }

    /** A note shared with the caller. */
    public record Note(String noteId, String authorAgency, String author, NoteVisibility visibility, String text,
                       Instant at) {
    }
}
