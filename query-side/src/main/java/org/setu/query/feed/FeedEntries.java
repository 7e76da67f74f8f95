package org.setu.query.feed;

import org.setu.kernel.referral.*;
import org.setu.kernel.sharing.FeedEventTypes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which case events a partner feed carries, under which versioned type, with which non-personal data. Notes, the
 * subject, consent, free-text reasons and outcomes never appear: only codes, agencies, services, states and times.
 */
final class FeedEntries {

    private FeedEntries() {
    }

    /** The feed type of an event, or null when it is not shared. */
    static String type(CaseEvent event) {
        return FeedEventTypes.of(event);
    }

    static Map<String, String> data(CaseEvent event) {
        Map<String, String> data = new LinkedHashMap<>();
        if (event instanceof CaseOpenedEvent e) {
            data.put("leadAgency", e.leadAgency().value());
            data.put("migrationStage", e.facts().migrationStage().name());
            put(data, "countryOfOrigin", e.facts().countryOfOrigin());
            put(data, "countryOfDestination", e.facts().countryOfDestination());
            data.put("vulnerabilities", e.facts().vulnerabilities().stream().map(Enum::name)
                    .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(",")));
        } else if (event instanceof LeadTransferAcceptedEvent e) {
            data.put("fromAgency", e.fromAgency().value());
            data.put("toAgency", e.toAgency().value());
        } else if (event instanceof ReferralRequestedEvent e) {
            referral(data, e.referralId(), e.fromAgency().value(), e.toAgency().value());
            data.put("serviceType", e.serviceType().name());
            data.put("urgency", e.urgency().name());
            data.put("decisionDueAt", e.decisionDueAt().toString());
        } else if (event instanceof ReferralAcceptedEvent e) {
            data.put("referralId", e.referralId().value());
            data.put("firstServiceDueAt", e.firstServiceDueAt().toString());
        } else if (event instanceof ReferralDeclinedEvent e) {
            data.put("referralId", e.referralId().value());
            data.put("reasonCode", e.reasonCode().name());
        } else if (event instanceof ReferralServiceStartedEvent e) {
            data.put("referralId", e.referralId().value());
        } else if (event instanceof ReferralCompletedEvent e) {
            data.put("referralId", e.referralId().value());
        } else if (event instanceof ReferralFailedEvent e) {
            data.put("referralId", e.referralId().value());
        } else if (event instanceof ReferralWithdrawnEvent e) {
            data.put("referralId", e.referralId().value());
        } else if (event instanceof ReferralEscalatedEvent e) {
            data.put("referralId", e.referralId().value());
            data.put("leadAgency", e.leadAgency().value());
            data.put("toAgency", e.toAgency().value());
            data.put("deadline", e.deadline().name());
            data.put("dueAt", e.dueAt().toString());
        }
        return data;
    }

    private static void referral(Map<String, String> data, ReferralId id, String from, String to) {
        data.put("referralId", id.value());
        data.put("fromAgency", from);
        data.put("toAgency", to);
    }

    private static void put(Map<String, String> data, String key, String value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
