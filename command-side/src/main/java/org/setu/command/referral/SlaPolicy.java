package org.setu.command.referral;

import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.referral.SlaDeadline;
import org.setu.kernel.referral.Urgency;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long a receiving agency has to decide on a referral, and then to start the service: by default 72 h to decide
 * (24 h when urgent) and 14 days to start (72 h when urgent), configurable per service type.
 */
public final class SlaPolicy {

    /** The two limits for one urgency. */
    public record Limits(Duration decision, Duration firstService) {
    }

    private final Map<Urgency, Limits> defaults;
    private final Map<ServiceType, Map<Urgency, Limits>> perService;

    public SlaPolicy(Map<Urgency, Limits> defaults, Map<ServiceType, Map<Urgency, Limits>> perService) {
        this.defaults = new EnumMap<>(defaults);
        this.perService = perService.isEmpty() ? Map.of() : new EnumMap<>(perService);
    }

    public static SlaPolicy standard() {
        return new SlaPolicy(Map.of(
                Urgency.NORMAL, new Limits(Duration.ofHours(72), Duration.ofDays(14)),
                Urgency.URGENT, new Limits(Duration.ofHours(24), Duration.ofHours(72))), Map.of());
    }

    public SlaPolicy withService(ServiceType service, Urgency urgency, Limits limits) {
        Map<ServiceType, Map<Urgency, Limits>> copy = new EnumMap<>(ServiceType.class);
        copy.putAll(perService);
        Map<Urgency, Limits> forService = new EnumMap<>(Urgency.class);
        forService.putAll(copy.getOrDefault(service, Map.of()));
        forService.put(urgency, limits);
        copy.put(service, forService);
        return new SlaPolicy(defaults, copy);
    }

    public Duration limit(SlaDeadline deadline, ServiceType service, Urgency urgency) {
        Limits limits = perService.getOrDefault(service, Map.of()).getOrDefault(urgency, defaults.get(urgency));
        return deadline == SlaDeadline.DECISION ? limits.decision() : limits.firstService();
    }
}
