package org.setu.api.console.recruitment;

import org.setu.api.console.ConsoleRefusals.Refusal;
import org.setu.kernel.recruitment.AppealOutcome;
import org.setu.kernel.recruitment.ComplaintCategory;
import org.setu.kernel.recruitment.ComplaintChannel;
import org.setu.kernel.recruitment.ComplaintPurpose;
import org.setu.kernel.recruitment.ComplaintStatus;
import org.setu.kernel.recruitment.SanctionKind;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the recruitment pages' forms offer (the enums, in their declared order), on those pages only. */
@ControllerAdvice(basePackageClasses = RecruitmentModel.class)
public class RecruitmentModel {

    /** The API names the complainant's refused fields as a case's subject's; the form calls them complainant. */
    private static final Map<String, String> FORM_FIELDS = Map.of("subject.fullName", "complainant.fullName",
            "subject.sex", "complainant.sex", "subject.phone", "complainant.phone",
            "subject.passportNumber", "complainant.passportNumber", "subject.dateOfBirth", "complainant.dateOfBirth",
            "recruiting-agency-not-found", "recruitingAgency", "payment-exceeds-award", "amountBdt",
            "outside-consent", "agency");

    @ModelAttribute("rchoices")
    public RecruitmentChoices choices() {
        return RecruitmentChoices.ALL;
    }

    public record RecruitmentChoices(List<ComplaintChannel> channels, List<ComplaintCategory> categories,
                          List<ComplaintPurpose> purposes, List<ComplaintStatus> statuses,
                          List<SanctionKind> sanctionKinds, List<AppealOutcome> appealOutcomes) {
        static final RecruitmentChoices ALL = new RecruitmentChoices(List.of(ComplaintChannel.values()), List.of(ComplaintCategory.values()),
                List.of(ComplaintPurpose.values()), List.of(ComplaintStatus.values()), List.of(SanctionKind.values()),
                List.of(AppealOutcome.values()));
    }

    /** The refusal with its field as the form names it (a rule that names no field: the field it is about). */
    static Refusal onForm(Refusal refusal) {
        String field = refusal.field() == null ? FORM_FIELDS.get(refusal.code()) : FORM_FIELDS.get(refusal.field());
        return field == null ? refusal
                : new Refusal(refusal.form(), refusal.code(), refusal.status(), field, refusal.words());
    }

    static Locale locale(ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }
}
