package org.setu.api.recruitment;

import io.swagger.v3.oas.annotations.media.Schema;
import org.setu.api.common.json.CheckedBody;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.FieldErrors;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.referral.SubjectData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** Request bodies of the recruitment endpoints (shapes of the API contract's "Recruitment accountability"). */
public final class RecruitmentRequests {

    private RecruitmentRequests() {
    }

    /** {@code POST /api/v1/recruiting-agencies}. */
    public record RecruitingAgencyBody(String licence, String name, String district) {
    }

    /** {@code PUT /api/v1/recruiting-agencies/{licence}/deployments/{yyyy-MM}}. */
    public record DeploymentsBody(Integer workers, Integer women) {
    }

    /** {@code POST /api/v1/recruiting-agencies/{licence}/sanctions}. */
    public record SanctionBody(SanctionKind kind, String reason, Long amountBdt, Integer suspensionDays,
                               Set<String> complaintIds) {
    }

    public record AppealBody(String grounds) {
    }

    public record AppealDecisionBody(AppealOutcome outcome, String reason) {
    }

    /** {@code POST /api/v1/complaints}; checked as a whole while it is read, so every refused field is reported. */
    public record FileComplaint(String recruitingAgency, String subAgent, ComplaintChannel channel,
                                Set<ComplaintCategory> categories, String countryOfDestination, Complainant complainant,
                                Long costPaidBdt, Long governmentCeilingBdt, Long amountClaimedBdt, Long monthlyWageBdt,
                                ComplaintConsentBody consent, String caseId) implements CheckedBody {

        public ComplaintFacts facts() {
            Licence licence = new Licence(Checks.required(recruitingAgency, "recruitingAgency"));
            Sex sex = complainant == null || complainant.sex() == null ? Sex.UNKNOWN
                    : Checks.oneOf(Sex.class, complainant.sex(), "complainant.sex");
            return new ComplaintFacts(licence, subAgent, channel, categories, countryOfDestination, sex, costPaidBdt,
                    governmentCeilingBdt, amountClaimedBdt, monthlyWageBdt);
        }

        public SubjectData complainantData() {
            Complainant c = Checks.required(complainant, "complainant");
            return new SubjectData(c.fullName(), c.dateOfBirth(), c.sex(), c.phone(), c.passportNumber());
        }

        public ComplaintConsent consentGiven() {
            return consent == null ? ComplaintConsent.NONE : new ComplaintConsent(consent.agencies() == null ? Set.of()
                    : consent.agencies().stream().map(AgencyId::new).collect(Collectors.toSet()), consent.purposes(),
                    Boolean.TRUE.equals(consent.identityToRecruiter()));
        }

        @Override
        public void check(FieldErrors errors) {
            CheckedBody.eachOf(errors, () -> errors.check(this, FileComplaint::facts),
                    () -> errors.check(this, FileComplaint::complainantData),
                    () -> errors.check(this, FileComplaint::consentGiven));
        }
    }

    /** The complainant's personal data, sealed under their own key before any command exists. */
    @Schema(name = "ComplainantRequest")
    public record Complainant(String fullName, LocalDate dateOfBirth, String sex, String phone, String passportNumber) {
    }

    public record ComplaintConsentBody(Set<String> agencies, Set<ComplaintPurpose> purposes, Boolean identityToRecruiter) {
    }

    public record HearingBody(Instant at) {
    }

    public record AmountBody(Long amountBdt) {
    }

    @Schema(name = "ComplaintReason")
    public record ReasonBody(String reason) {
    }

    @Schema(name = "ComplaintOutcome")
    public record OutcomeBody(String outcome) {
    }

    public record ShareBody(String agency) {
    }

    /** A sub-agent from the licensing authority's register. */
    public record SubAgentBody(String registration, String name, String district) {
    }

    /** The referral case of the same person to link the complaint to. */
    public record LinkCaseBody(String caseId) {
    }
}
