package org.setu.query.feed;

import org.setu.kernel.recruitment.*;
import org.setu.kernel.sharing.FeedEventTypes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which recruitment events a partner feed carries (the licensing authority following complaints against its licensees
 * and the sanctions it imposes), under which versioned type, with which data. The complainant never appears (no name,
 * sex, contact, passport, money paid or wage), nor any free-text reason, grounds or sub-agent's name: only the licence,
 * codes, the award and payments the agency owes, states and times. Complaints a sanction cites are listed under
 * {@code complaintIds} and shown to partners as their pseudonyms only.
 */
final class RecruitmentFeedEntries {

    private RecruitmentFeedEntries() {
    }

    /** The feed type of an event, or null when it is not shared (sharing within the network, erasure, deployments). */
    static String type(Object event) {
        return FeedEventTypes.of(event);
    }

    static Map<String, String> data(Object event) {
        Map<String, String> data = new LinkedHashMap<>();
        if (event instanceof ComplaintFiledEvent e) {
            data.put("recruitingAgency", e.facts().recruitingAgency().value());
            data.put("channel", e.facts().channel().name());
            data.put("categories", e.facts().categories().stream().map(Enum::name)
                    .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(",")));
            if (e.facts().countryOfDestination() != null) {
                data.put("countryOfDestination", e.facts().countryOfDestination());
            }
        } else if (event instanceof HearingHeldEvent e) {
            data.put("heldAt", e.heldAt().toString());
        } else if (event instanceof ComplaintEscalatedEvent e) {
            data.put("deadline", e.deadline().name());
            data.put("dueAt", e.dueAt().toString());
        } else if (event instanceof AwardMadeEvent e) {
            data.put("amountBdt", Long.toString(e.amountBdt()));
        } else if (event instanceof PaymentRecordedEvent e) {
            data.put("amountBdt", Long.toString(e.amountBdt()));
        } else if (event instanceof RecruitingAgencyLicensedEvent e) {
            data.put("recruitingAgency", e.licence().value());
            data.put("name", e.name());
        } else if (event instanceof SanctionImposedEvent e) {
            data.put("recruitingAgency", e.licence().value());
            data.put("sanctionId", e.sanctionId().value());
            data.put("kind", e.kind().name());
            if (e.amountBdt() != null) {
                data.put("amountBdt", Long.toString(e.amountBdt()));
            }
            if (e.suspensionDays() != null) {
                data.put("suspensionDays", Integer.toString(e.suspensionDays()));
            }
            data.put("complaintIds", e.complaintIds().stream().map(ComplaintId::value)
                    .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(",")));
        } else if (event instanceof SanctionAppealedEvent e) {
            data.put("recruitingAgency", e.licence().value());
            data.put("sanctionId", e.sanctionId().value());
        } else if (event instanceof AppealDecidedEvent e) {
            data.put("recruitingAgency", e.licence().value());
            data.put("sanctionId", e.sanctionId().value());
            data.put("outcome", e.outcome().name());
        }
        return data;
    }
}
