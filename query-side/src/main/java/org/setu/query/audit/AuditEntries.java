package org.setu.query.audit;

import org.axonframework.eventhandling.EventMessage;
import org.setu.kernel.agency.AgencyEvent;
import org.setu.kernel.audit.AccessRefusedEvent;
import org.setu.kernel.audit.ComplaintAccessRefusedEvent;
import org.setu.kernel.audit.ComplainantViewedEvent;
import org.setu.kernel.audit.AccountChangedEvent;
import org.setu.kernel.audit.AdminActionEvent;
import org.setu.kernel.audit.AccountLockedEvent;
import org.setu.kernel.audit.AccountUnlockedEvent;
import org.setu.kernel.audit.AuditEntry;
import org.setu.kernel.audit.CommandRefusedEvent;
import org.setu.kernel.audit.PersonalDataViewedEvent;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseEvent;
import org.setu.kernel.referral.ReferralEscalatedEvent;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Locale;
import java.util.TreeSet;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.recruitment.ComplainantErasedEvent;
import org.setu.kernel.recruitment.ComplaintEscalatedEvent;
import org.setu.kernel.recruitment.ComplaintEvent;
import org.setu.kernel.recruitment.ComplaintSharedEvent;
import org.setu.kernel.recruitment.DeploymentsRecordedEvent;
import org.setu.kernel.recruitment.RecruitingAgencyEvent;
import org.setu.kernel.recruitment.SanctionAppealedEvent;
import org.setu.kernel.sharing.AgreementEvent;
import org.setu.kernel.sharing.WebhookChangedEvent;

/** What each event means for the audit trail: who, what, which case and referral, why, and the outcome. */
final class AuditEntries {

    private AuditEntries() {
    }

    /** The unsealed entry for an event (seq and hashes are set by the chain), or null when it is not audited. */
    static AuditEntry of(EventMessage<?> message) {
        Object event = message.getPayload();
        String eventId = message.getIdentifier();
        if (event instanceof CommandRefusedEvent e) {
            String caseId = e.target() != null && (e.target().startsWith("C") || e.target().startsWith("K")) ? e.target() : null;
            return entry(e.stamp(), e.commandType(), caseId, null, AuditEntry.REFUSED, e.errorCode(),
                    caseId == null ? "target " + e.target() : null, eventId, e.stamp().at());
        }
        if (event instanceof AccessRefusedEvent e) {
            return entry(e.stamp(), e.action(), e.caseId().value(), e.referralId(), AuditEntry.NOT_FOUND_FOR_CALLER,
                    null, e.suppressed() == 0 ? null : e.suppressed() + " earlier attempts by this caller were not recorded",
                    eventId, e.stamp().at());
        }
        if (event instanceof ComplainantViewedEvent e) {
            return entry(e.stamp(), "ComplainantViewed", e.complaintId().value(), null, AuditEntry.VIEWED, null, null,
                    eventId, e.stamp().at());
        }
        if (event instanceof ComplaintAccessRefusedEvent e) {
            return entry(e.stamp(), e.action(), e.complaintId().value(), null, AuditEntry.NOT_FOUND_FOR_CALLER, null,
                    e.suppressed() == 0 ? null : e.suppressed() + " earlier attempts by this caller were not recorded",
                    eventId, e.stamp().at());
        }
        if (event instanceof PersonalDataViewedEvent e) {
            return entry(e.stamp(), "CaseViewed", e.caseId().value(), null, AuditEntry.VIEWED, null, e.basis(), eventId,
                    e.stamp().at());
        }
        if (event instanceof ReferralEscalatedEvent e) {
            return new AuditEntry(0, message.getTimestamp(), "setu", "setu", "", "ReferralEscalated", e.caseId().value(),
                    e.referralId().value(), AuditEntry.ACCEPTED, null, "missed the " + e.deadline() + " deadline due " + e.dueAt(),
                    eventId, null, null);
        }
        if (event instanceof CaseEvent e) {
            Stamp stamp = (Stamp) component(event, "stamp");
            Object referral = component(event, "referralId");
            return entry(stamp, action(event), e.caseId().value(), referral == null ? null : referral.toString(),
                    AuditEntry.ACCEPTED, null, reason(event), eventId, stamp.at());
        }
        if (event instanceof ComplaintEvent e) {
            // The complaint's id stands where a case's would: its free-text reasons are sealed under its own subject
            // key (ComplaintId.subjectKey), so the trail opens them, and shows them erased, exactly like a case's.
            return entry(e.stamp(), action(event), e.complaintId().value(), null, AuditEntry.ACCEPTED, null,
                    complaintReason(event), eventId, e.stamp().at());
        }
        if (event instanceof RecruitingAgencyEvent e) {
            Object sanction = component(event, "sanctionId");
            String why = event instanceof SanctionAppealedEvent appeal ? appeal.grounds()
                    : event instanceof DeploymentsRecordedEvent d ? d.month() + ": " + d.workers() + " workers, "
                    + d.women() + " women" : reason(event);
            return entry(e.stamp(), action(event), null, null, AuditEntry.ACCEPTED, null, "recruiting agency "
                    + e.licence().value() + (sanction == null ? "" : ", sanction " + sanction)
                    + (why == null ? "" : ": " + why), eventId, e.stamp().at());
        }
        if (event instanceof AgreementEvent e) {
            String why = reason(event);
            return entry(e.stamp(), action(event), null, null, AuditEntry.ACCEPTED, null,
                    "agreement " + e.agreementId() + (why == null ? "" : ": " + why), eventId, e.stamp().at());
        }
        if (event instanceof WebhookChangedEvent e) {
            return entry(e.stamp(), "Webhook" + titleCase(e.change()), null, null, AuditEntry.ACCEPTED, null,
                    "webhook " + e.webhookId() + " of " + e.partner() + " to " + e.destination(), eventId, e.stamp().at());
        }
        if (event instanceof AccountLockedEvent e) {
            return entry(e.stamp(), "AccountLocked", null, null, AuditEntry.ACCEPTED, null, e.kind().toLowerCase(Locale.ROOT)
                    + " " + e.account() + " locked until " + e.lockedUntil() + " after " + e.failures() + " failed logins",
                    eventId, e.stamp().at());
        }
        if (event instanceof AccountUnlockedEvent e) {
            return entry(e.stamp(), "AccountUnlocked", null, null, AuditEntry.ACCEPTED, null, e.kind().toLowerCase(Locale.ROOT)
                    + " " + e.account() + (e.how().equals("BY_ADMIN") ? " unlocked by an administrator" : ": lock expired"),
                    eventId, e.stamp().at());
        }
        if (event instanceof AccountChangedEvent e) {
            return entry(e.stamp(), "Account" + titleCase(e.change()), null, null, AuditEntry.ACCEPTED, null,
                    "account " + e.account() + " of agency " + e.agency() + ", roles " + new TreeSet<>(e.roles())
                            + (e.reason() == null ? "" : ": " + e.reason()), eventId, e.stamp().at());
        }
        if (event instanceof AdminActionEvent e) {
            return entry(e.stamp(), e.action().auditName(), null, null, AuditEntry.ACCEPTED, null,
                    (e.action() == AdminActionEvent.Action.BACKUP_STARTED ? "backup " : "projection ") + e.target()
                            + ": " + e.detail(), eventId, e.stamp().at());
        }
        if (event instanceof AgencyEvent e) {
            String why = reason(event);
            return entry(e.stamp(), action(event), null, null, AuditEntry.ACCEPTED, null,
                    "agency " + e.agencyId() + (why == null ? "" : ": " + why), eventId, e.stamp().at());
        }
        return null;
    }

    private static AuditEntry entry(Stamp stamp, String action, String caseId, String referralId, String outcome,
                                    String errorCode, String reason, String eventId, Instant at) {
        return new AuditEntry(0, at, stamp.actor().staffId().value(), stamp.actor().agency().value(),
                String.join(",", new TreeSet<>(stamp.actor().roles().stream().map(Enum::name).toList())), action, caseId,
                referralId, outcome, errorCode, reason, eventId, null, null);
    }

    /** Who else was let in, or on what basis the complainant was erased; otherwise the step's (sealed) reason. */
    private static String complaintReason(Object event) {
        if (event instanceof ComplaintEscalatedEvent e) {
            return "missed the " + e.deadline() + " deadline due " + e.dueAt();
        }
        if (event instanceof ComplaintSharedEvent e) {
            return "shared with agency " + e.agency().value();
        }
        if (event instanceof ComplainantErasedEvent e) {
            return e.basis() + (e.reason() == null ? "" : ": " + e.reason());
        }
        if (component(event, "amountBdt") instanceof Long amount) {
            return amount + " BDT";
        }
        return reason(event);
    }

    private static String titleCase(String change) {
        StringBuilder out = new StringBuilder();
        for (String word : change.toLowerCase(Locale.ROOT).split("_")) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    private static String action(Object event) {
        String name = event.getClass().getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }

    /** The reason (or outcome) an event carries, if it has one. */
    /**
     * The reason (or outcome) as recorded: free text about a case is sealed, and the chain keeps the sealed form
     * (the API opens it for a reviewer while the subject's key exists); secretariat reasons are in clear.
     */
    private static String reason(Object event) {
        Object reason = component(event, "reason");
        Object value = reason != null ? reason : component(event, "outcome");
        return value instanceof Sealed sealed ? sealed.value()
                : value == null ? null : value.toString();
    }

    private static Object component(Object record, String name) {
        if (!record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
