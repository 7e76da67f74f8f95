package org.setu.api.referral;

import org.setu.api.common.json.CheckedBody;
import org.setu.api.reference.ReferenceChecks;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.FieldErrors;
import org.setu.kernel.referral.CaseFacts;
import org.setu.kernel.referral.Consent;
import org.setu.kernel.referral.SubjectData;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.ConsentPurpose;
import org.setu.kernel.referral.DeclineReason;
import org.setu.kernel.referral.MigrationStage;
import org.setu.kernel.referral.NoteVisibility;
import org.setu.kernel.referral.Urgency;
import org.setu.kernel.referral.Vulnerability;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.Duration;

/** Request bodies of the case endpoints (shapes of docs/api-contract in shared/). */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** {@code POST /api/v1/cases}; checked as a whole while it is read, so every refused field is reported at once. */
    public record OpenCase(CaseCategory category, MigrationStage migrationStage, String countryOfOrigin,
                           String countryOfDestination, String district, Set<Vulnerability> vulnerabilities,
                           Subject subject, ConsentBody consent) implements CheckedBody {

        /** The facts as Setu stores them: the district's English name and ISO country codes (docs/reference-data.md). */
        public CaseFacts facts() {
            FieldErrors errors = new FieldErrors();
            String origin = errors.check(countryOfOrigin, c -> ReferenceChecks.optionalCountry(c, "countryOfOrigin"));
            String destination = errors.check(countryOfDestination,
                    c -> ReferenceChecks.optionalCountry(c, "countryOfDestination"));
            String place = errors.check(district, d -> ReferenceChecks.district(d, "district"));
            CaseFacts facts = errors.check(this, b -> new CaseFacts(category, migrationStage, origin, destination, place,
                    vulnerabilities));
            errors.throwIfAny();
            return facts;
        }

        public SubjectData subjectData() {
            return Checks.required(subject, "subject").data();
        }

        public Consent consentGiven() {
            return consent == null ? Consent.NONE : consent.toConsent();
        }

        @Override
        public void check(FieldErrors errors) {
            CheckedBody.eachOf(errors, () -> errors.check(this, OpenCase::facts),
                    () -> errors.check(this, OpenCase::subjectData), () -> errors.check(this, OpenCase::consentGiven));
        }
    }

    /** The data subject's personal data. */
    @Schema(name = "SubjectRequest") // CaseDetail has a record of the same simple name for what it shows
    public record Subject(String fullName, LocalDate dateOfBirth, String sex, String phone, String passportNumber) {

        /**
         * The latest birth date taken: today where the day starts first (UTC+14), so that nobody born today,
         * in any time zone, is refused.
         */
        static LocalDate latestBirthDate() {
            return LocalDate.now(ZoneOffset.ofHours(14));
        }

        public SubjectData data() {
            FieldErrors errors = new FieldErrors();
            errors.check(dateOfBirth, d -> Checks.notAfter(d, latestBirthDate(), "subject.dateOfBirth"));
            SubjectData data = errors.check(this, s -> new SubjectData(s.fullName, s.dateOfBirth, s.sex, s.phone,
                    s.passportNumber));
            errors.throwIfAny();
            return data;
        }
    }

    /** Consent: agencies by id or by type, and purposes. */
    public record ConsentBody(Set<String> agencies, Set<AgencyType> agencyTypes, Set<ConsentPurpose> purposes) {

        public Consent toConsent() {
            var ids = agencies == null ? Set.<AgencyId>of()
                    : agencies.stream().map(a -> new AgencyId(Checks.required(a, "consent.agencies")))
                    .collect(Collectors.toSet());
            return new Consent(ids, agencyTypes, purposes);
        }
    }

    /** A reason, for actions that end or change something. */
    public record Reason(String reason) {
    }

    /** {@code POST .../consent/overrides}. */
    public record ConsentOverride(String agency, String reason) {
    }

    /** {@code POST .../notes}. */
    @Schema(name = "NoteRequest") // CaseDetail has a record of the same simple name for what it shows
    public record Note(NoteVisibility visibility, String text) {
    }

    /** {@code POST .../referrals}. */
    @Schema(name = "ReferralRequest") // CaseDetail has a record of the same simple name for what it shows
    public record Referral(String toAgency, ServiceType serviceType, Urgency urgency, String note) {
    }

    /** {@code POST .../referrals/{id}/decline}. */
    public record Decline(DeclineReason reasonCode, String reason) {
    }

    /** {@code POST .../referrals/{id}/complete}. */
    public record Outcome(String outcome) {
    }

    /** {@code POST .../lead-transfer}. */
    public record LeadTransfer(String toAgency, String reason) {
    }

    /** A body that may be empty: {@code {}}. */
    public record Empty() {
    }

    /** A break-glass request: why, and for how long (ISO-8601, e.g. {@code PT30M}; at most 8 hours). */
    @Schema(name = "BreakGlassRequest") // CaseDetail.BreakGlass (a granted one) has the same simple name
    public record BreakGlass(String reason, Duration duration) {
    }
}
