package org.setu.api.console.recruitment;

import org.setu.api.console.ConsoleForms;
import org.setu.api.recruitment.RecruitmentRequests;
import org.setu.api.referral.CaseDetail;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.recruitment.AppealOutcome;
import org.setu.kernel.recruitment.ComplaintCategory;
import org.setu.kernel.recruitment.ComplaintChannel;
import org.setu.kernel.recruitment.ComplaintPurpose;
import org.setu.kernel.recruitment.SanctionKind;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Recruitment forms into the API's request bodies, fields named as the API names them ({@code costPaidBdt},
 * {@code consent.identityToRecruiter}), so that a refusal marks the field. Only the text is read here: a taka
 * amount typed as {@code ৪,৫০,০০০} or {@code 4,50,000} becomes 450000, and the API decides whether it may be used
 * (whole taka from 0 to Tk 100 crore, a payment above zero).
 */
public final class ComplaintForms {

    private static final Pattern GROUPING = Pattern.compile("[,\\s]");
    private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,18}");

    private ComplaintForms() {
    }

    public static RecruitmentRequests.FileComplaint complaint(MultiValueMap<String, String> fields) {
        var form = new ConsoleForms.Action(fields);
        var complainant = new RecruitmentRequests.Complainant(form.text("complainant.fullName"),
                form.date("complainant.dateOfBirth"), form.text("complainant.sex"),
                ConsoleForms.latinDigits(form.text("complainant.phone")),
                ConsoleForms.latinDigits(form.text("complainant.passportNumber")));
        String identity = form.text("consent.identityToRecruiter");
        var consent = new RecruitmentRequests.ComplaintConsentBody(form.values("consent.agencies"),
                form.choices(ComplaintPurpose.class, "consent.purposes"), "true".equals(identity));
        return new RecruitmentRequests.FileComplaint(form.text("recruitingAgency"), form.text("subAgent"),
                form.choice(ComplaintChannel.class, "channel"), form.choices(ComplaintCategory.class, "categories"),
                form.text("countryOfDestination"), complainant, taka(form, "costPaidBdt"),
                taka(form, "governmentCeilingBdt"), taka(form, "amountClaimedBdt"), taka(form, "monthlyWageBdt"),
                consent, form.text("caseId"));
    }

    /** The intake form's first values for the person of a case: who they are, where they went, the case to link. */
    static MultiValueMap<String, String> fromCase(CaseDetail c) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("caseId", c.caseId());
        if (c.countryOfDestination() != null) {
            values.add("countryOfDestination", c.countryOfDestination());
        }
        var s = c.subject();
        if (s != null && !c.subjectErased()) {
            addIfPresent(values, "complainant.fullName", s.fullName());
            addIfPresent(values, "complainant.dateOfBirth", s.dateOfBirth());
            addIfPresent(values, "complainant.sex", s.sex());
            addIfPresent(values, "complainant.phone", s.phone());
            addIfPresent(values, "complainant.passportNumber", s.passportNumber());
        }
        return values;
    }

    private static void addIfPresent(MultiValueMap<String, String> values, String field, String value) {
        if (value != null && !value.isBlank()) {
            values.add(field, value);
        }
    }

    public static RecruitmentRequests.SanctionBody sanction(MultiValueMap<String, String> fields) {
        var form = new ConsoleForms.Action(fields);
        return new RecruitmentRequests.SanctionBody(form.choice(SanctionKind.class, "kind"), form.text("reason"),
                taka(form, "amountBdt"), whole(form, "suspensionDays"), form.values("complaintIds"));
    }

    public static RecruitmentRequests.DeploymentsBody deployments(MultiValueMap<String, String> fields) {
        var form = new ConsoleForms.Action(fields);
        return new RecruitmentRequests.DeploymentsBody(whole(form, "workers"), whole(form, "women"));
    }

    public static RecruitmentRequests.AppealDecisionBody decision(MultiValueMap<String, String> fields) {
        var form = new ConsoleForms.Action(fields);
        return new RecruitmentRequests.AppealDecisionBody(form.choice(AppealOutcome.class, "outcome"), form.text("reason"));
    }

    /** A whole number of taka as typed (Bengali digits, lakh or thousands grouping); empty is none. */
    static Long taka(ConsoleForms.Action form, String name) {
        String value = form.text(name);
        if (value == null) {
            return null;
        }
        String plain = GROUPING.matcher(ConsoleForms.latinDigits(value).replace("৳", "")).replaceAll("");
        if (!DIGITS.matcher(plain).matches()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, name, name + " must be a whole number of taka");
        }
        return Long.parseLong(plain);
    }

    static Integer whole(ConsoleForms.Action form, String name) {
        Long value = taka(form, name);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, name, name + " is too large");
        }
        return value == null ? null : value.intValue();
    }

    /** One posted step: its amount, reason, outcome or hearing time. */
    public record StepForm(ConsoleForms.Action form, ZoneId zone) {

        public String text(String name) {
            return form.text(name);
        }

        public RecruitmentRequests.AmountBody amount() {
            return new RecruitmentRequests.AmountBody(taka(form, "amountBdt"));
        }

        public RecruitmentRequests.ReasonBody reason() {
            return new RecruitmentRequests.ReasonBody(text("reason"));
        }

        /** When the hearing was held, typed as local date and time ({@code 2026-03-02T10:30}) in the console's zone. */
        public Instant heldAt() {
            String value = text("at");
            if (value == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(ConsoleForms.latinDigits(value).replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(ErrorCode.INVALID_INPUT, "at", "Give the time as YYYY-MM-DD HH:MM");
            }
        }
    }
}
