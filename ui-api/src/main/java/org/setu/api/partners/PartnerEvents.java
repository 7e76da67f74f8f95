package org.setu.api.partners;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.setu.kernel.sharing.AgreementView;
import org.setu.kernel.sharing.FeedEntry;
import org.setu.kernel.sharing.IdentifierPolicy;
import org.setu.kernel.sharing.PartnerScope;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place that decides what a partner sees of the feed, used alike by the SSE stream and by webhook delivery.
 * A feed entry as one partner may see it under its agreements in force: shown when one covers it
 * ({@link AgreementView#covers}: event type, category, district, the agreement's start), and rendered as a CloudEvents 1.0 JSON event. The case or complaint (and a referral, or the
 * complaints a sanction cites) are identified only by the partner's pseudonyms, or not at all.
 */
public final class PartnerEvents {

    public static final URI SOURCE = URI.create("urn:setu:network");
    /** CloudEvents extension carrying the feed position (the SSE id and webhook cursor). */
    public static final String POSITION = "setuposition";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final Pseudonyms pseudonyms;

    public PartnerEvents(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /**
     * The entries the partner's agreements in force cover, each rendered under the agreement that covers it
     * ({@link PartnerScope#covering}), lazily in feed order (a reader that needs only the first renders only the first).
     */
    public Stream<PartnerEvent> visible(PartnerScope scope, List<FeedEntry> entries) {
        return entries.stream().flatMap(entry -> scope.covering(entry).stream().map(agreement -> new PartnerEvent(
                entry.position(), entry.eventId(), entry.type(),
                new String(FORMAT.serialize(event(agreement, entry)), StandardCharsets.UTF_8))));
    }

    CloudEvent event(AgreementView agreement, FeedEntry entry) {
        boolean pseudonymous = agreement.terms().identifiers() == IdentifierPolicy.PSEUDONYMOUS;
        Map<String, String> data = new LinkedHashMap<>();
        data.put("category", entry.category().name());
        data.put("district", entry.district());
        entry.data().forEach((key, value) -> {
            if (key.equals("referralId")) {
                if (pseudonymous) {
                    data.put("referral", pseudonyms.of(agreement.partner(), value));
                }
            } else if (key.equals("complaintIds")) {
                if (pseudonymous) {
                    data.put("complaints", Stream.of(value.split(",")).filter(id -> !id.isEmpty())
                            .map(id -> pseudonyms.of(agreement.partner(), id)).collect(Collectors.joining(",")));
                }
            } else {
                data.put(key, value);
            }
        });
        CloudEventBuilder builder = CloudEventBuilder.v1().withId(entry.eventId()).withSource(SOURCE)
                .withType(entry.type()).withTime(entry.time().atOffset(ZoneOffset.UTC))
                .withExtension(POSITION, entry.position())
                .withData("application/json", json(data));
        if (pseudonymous) {
            builder.withSubject(pseudonyms.of(agreement.partner(), entry.caseId()));
        }
        return builder.build();
    }

    private static byte[] json(Map<String, String> data) {
        try {
            return JSON.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
