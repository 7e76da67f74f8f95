package org.setu.api.console;

import org.setu.kernel.agency.AgencyEvent;
import org.setu.kernel.recruitment.ComplaintEvent;
import org.setu.kernel.recruitment.RecruitingAgencyEvent;
import org.setu.kernel.referral.CaseEvent;
import org.setu.kernel.sharing.AgreementEvent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The audit screen's filters in the API's terms: an event type as the trail names it, and a range of whole days in
 * the console's time zone (from the start of the first day to the end of the last; the API's {@code to} is
 * inclusive). The types offered are suggestions; any type can be typed.
 */
final class AuditFilters {

    /** Event types the trail records, by name: every case, agency, agreement and recruitment event, and the others. */
    static final List<String> TYPES = List.copyOf(new TreeSet<>(Stream.concat(
            Stream.of(CaseEvent.class, AgencyEvent.class, AgreementEvent.class, ComplaintEvent.class,
                            RecruitingAgencyEvent.class)
                    .flatMap(type -> Stream.of(type.getPermittedSubclasses()))
                    .map(Class::getSimpleName).map(n -> n.endsWith("Event") ? n.substring(0, n.length() - 5) : n),
            Stream.of("CaseViewed", "ReferralEscalated", "WebhookRegistered", "WebhookRemoved", "WebhookSecretRotated",
                    "AccountInvited", "AccountPasswordSet", "AccountPasswordReset", "AccountRolesChanged",
                    "AccountDeactivated", "AccountReactivated", "AccountLocked", "AccountUnlocked")).toList()));

    private AuditFilters() {
    }

    /** The start of a day, as the API's {@code from}. */
    static String from(ConsoleForms.Action form, ZoneId zone) {
        LocalDate day = form.date("from");
        return day == null ? null : day.atStartOfDay(zone).toInstant().toString();
    }

    /** The last instant of a day, as the API's inclusive {@code to}. */
    static String to(ConsoleForms.Action form, ZoneId zone) {
        LocalDate day = form.date("to");
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1).toString();
    }
}
