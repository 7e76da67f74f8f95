package org.setu.api.console;

import org.setu.api.referral.CaseDetail;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.query.RecordedCaseEvent;
import org.setu.kernel.referral.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The case's history in plain language: one sentence per event, who and when, and never more than the caller's own
 * view of the case shows. The rule is the renderer's, read off the view it produced: an event about a referral is
 * told only if that referral is on the page, a note's only if the note is, consent only to those shown the consent
 * (the lead), a break-glass grant only to those shown the grants (the lead) and to the reviewer who holds it, a lead
 * offer only to the lead and the two agencies of the offer. No reason, note or outcome text is told (those are on
 * the page where the caller may read them). A staff member is named only to their own agency; others see the agency.
 */
public final class CaseHistoryLines {

    /** One sentence: when, and what happened in the caller's language. */
    public record Line(Instant at, String text) {
    }

    private CaseHistoryLines() {
    }

    /**
     * @param words a message key and its arguments in the page's language (enum labels as {@code enum.<Type>.<NAME>})
     */
    public static List<Line> of(CaseDetail detail, List<RecordedCaseEvent> events, AgencyId caller, String callerStaff,
                                Map<String, String> names, BiFunction<String, Object[], String> words) {
        var tell = new Teller(detail, caller, callerStaff, names, words);
        return events.stream().map(e -> tell.line(e.event(), e.at())).filter(Objects::nonNull).toList();
    }

    private record Teller(CaseDetail c, AgencyId caller, String callerStaff, Map<String, String> names,
                          BiFunction<String, Object[], String> words) {

        Line line(CaseEvent event, Instant at) {
            String text = text(event);
            return text == null ? null : new Line(at, text);
        }

        /** Java 17: no pattern switch, so one instanceof per event type; an event not told here is not shown. */
        private String text(CaseEvent event) {
            if (event instanceof CaseOpenedEvent e) {
                return say("history.opened", who(e.stamp()));
            } else if (event instanceof ConsentRecordedEvent e) {
                return c.consent() == null ? null : say("history.consent", who(e.stamp()));
            } else if (event instanceof ConsentWithdrawnEvent e) {
                return c.consent() == null ? null : say("history.consentWithdrawn", who(e.stamp()));
            } else if (event instanceof ConsentOverriddenEvent e) {
                return c.consent() == null ? null : say("history.override", who(e.stamp()), name(e.agency()));
            } else if (event instanceof NoteAddedEvent e) {
                return notes().contains(e.noteId().value())
                        ? say("history.note", who(e.stamp()), label("NoteVisibility", e.visibility())) : null;
            } else if (event instanceof ReferralRequestedEvent e) {
                return referral(e.referralId()) == null ? null
                        : say("history.referred", who(e.stamp()), name(e.toAgency()), label("ServiceType", e.serviceType()));
            } else if (event instanceof ReferralAcceptedEvent e) {
                return onReferral("history.accepted", e.referralId(), e.stamp());
            } else if (event instanceof ReferralDeclinedEvent e) {
                return referral(e.referralId()) == null ? null
                        : say("history.declined", who(e.stamp()), to(e.referralId()), service(e.referralId()),
                        e.reasonCode() == null ? "–" : label("DeclineReason", e.reasonCode()));
            } else if (event instanceof ReferralServiceStartedEvent e) {
                return onReferral("history.started", e.referralId(), e.stamp());
            } else if (event instanceof ReferralCompletedEvent e) {
                return onReferral("history.completed", e.referralId(), e.stamp());
            } else if (event instanceof ReferralFailedEvent e) {
                return onReferral("history.failed", e.referralId(), e.stamp());
            } else if (event instanceof ReferralWithdrawnEvent e) {
                return onReferral("history.withdrawn", e.referralId(), e.stamp());
            } else if (event instanceof ReferralEscalatedEvent e) {
                return referral(e.referralId()) == null ? null
                        : say("history.escalated", to(e.referralId()), service(e.referralId()));
            } else if (event instanceof LeadTransferRequestedEvent e) {
                return offerSeen(e.fromAgency(), e.toAgency())
                        ? say("history.leadOffered", who(e.stamp()), name(e.toAgency())) : null;
            } else if (event instanceof LeadTransferDeclinedEvent e) {
                return offerSeen(e.fromAgency(), e.toAgency())
                        ? say("history.leadDeclined", who(e.stamp()), name(e.fromAgency())) : null;
            } else if (event instanceof LeadTransferAcceptedEvent e) {
                return say("history.leadTaken", who(e.stamp()), name(e.fromAgency()));
            } else if (event instanceof CaseClosedEvent e) {
                return say("history.closed", who(e.stamp()));
            } else if (event instanceof CaseReopenedEvent e) {
                return say("history.reopened", who(e.stamp()));
            } else if (event instanceof SubjectErasedEvent e) {
                return say("history.erased", who(e.stamp()));
            } else if (event instanceof BreakGlassGrantedEvent e) {
                return grants().contains(e.grantId().value()) || e.stamp().actor().staffId().value().equals(callerStaff)
                        ? say("history.breakGlass", who(e.stamp())) : null;
            }
            return null;
        }

        private String onReferral(String key, ReferralId id, Stamp stamp) {
            return referral(id) == null ? null : say(key, who(stamp), to(id), service(id));
        }

        private CaseDetail.Referral referral(ReferralId id) {
            return c.referrals().stream().filter(r -> r.referralId().equals(id.value())).findFirst().orElse(null);
        }

        private String to(ReferralId id) {
            return names.getOrDefault(referral(id).toAgency(), referral(id).toAgency());
        }

        private String service(ReferralId id) {
            return label("ServiceType", referral(id).serviceType());
        }

        private Set<String> notes() {
            return c.notes().stream().map(CaseDetail.Note::noteId).collect(Collectors.toSet());
        }

        private Set<String> grants() {
            return c.breakGlass() == null ? Set.of()
                    : c.breakGlass().stream().map(CaseDetail.BreakGlass::grantId).collect(Collectors.toSet());
        }

        /** The current lead and the two agencies of the offer; an agency that is merely on a referral is not told. */
        private boolean offerSeen(AgencyId from, AgencyId to) {
            return c.leadAgency().equals(caller.value()) || caller.equals(from) || caller.equals(to);
        }

        /** Own agency: the staff member and the agency; any other: the agency only. */
        private String who(Stamp stamp) {
            String agency = name(stamp.actor().agency());
            return stamp.actor().agency().equals(caller)
                    ? say("history.staffOf", stamp.actor().staffId().value(), agency) : agency;
        }

        /** The secretariat is no registered agency: it is named in words. */
        private String name(AgencyId agency) {
            return agency.value().equals("secretariat") ? say("history.secretariat")
                    : names.getOrDefault(agency.value(), agency.value());
        }

        private String label(String type, Enum<?> value) {
            return say("enum." + type + "." + value.name());
        }

        private String say(String key, Object... args) {
            return words.apply(key, args);
        }
    }
}
