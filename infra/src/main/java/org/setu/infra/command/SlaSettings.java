package org.setu.infra.command;

import org.setu.command.recruitment.ComplaintSla;
import org.setu.command.referral.SlaPolicy;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.referral.Urgency;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.setu.kernel.referral.SlaDeadline;

/**
 * Referral SLAs from configuration: {@code setu.sla.normal.decision=72h}, {@code setu.sla.urgent.first-service=72h},
 * and per service type {@code setu.sla.services.SHELTER.urgent.decision=6h}; a complaint's
 * {@code setu.sla.complaints.registration=7d} and {@code setu.sla.complaints.first-hearing=30d}.
 */
public class SlaSettings {

    /** A complaint's two limits; one not given keeps its standard value. */
    public static class Complaints {
        private Duration registration;
        private Duration firstHearing;

        public Duration getRegistration() {
            return registration;
        }

        public void setRegistration(Duration registration) {
            this.registration = registration;
        }

        public Duration getFirstHearing() {
            return firstHearing;
        }

        public void setFirstHearing(Duration firstHearing) {
            this.firstHearing = firstHearing;
        }

        public ComplaintSla toSla() {
            ComplaintSla standard = ComplaintSla.standard();
            return new ComplaintSla(registration != null ? registration : standard.registration(),
                    firstHearing != null ? firstHearing : standard.firstHearing());
        }
    }

    /** The two limits for one urgency. */
    public static class Limits {
        private Duration decision;
        private Duration firstService;

        public Duration getDecision() {
            return decision;
        }

        public void setDecision(Duration decision) {
            this.decision = decision;
        }

        public Duration getFirstService() {
            return firstService;
        }

        public void setFirstService(Duration firstService) {
            this.firstService = firstService;
        }

        SlaPolicy.Limits orElse(SlaPolicy.Limits fallback) {
            return new SlaPolicy.Limits(decision != null ? decision : fallback.decision(),
                    firstService != null ? firstService : fallback.firstService());
        }
    }

    private Limits normal = new Limits();
    private Limits urgent = new Limits();
    private Map<ServiceType, Map<Urgency, Limits>> services = new EnumMap<>(ServiceType.class);
    private Complaints complaints = new Complaints();

    public Complaints getComplaints() {
        return complaints;
    }

    public void setComplaints(Complaints complaints) {
        this.complaints = complaints;
    }

    public Limits getNormal() {
        return normal;
    }

    public void setNormal(Limits normal) {
        this.normal = normal;
    }

    public Limits getUrgent() {
        return urgent;
    }

    public void setUrgent(Limits urgent) {
        this.urgent = urgent;
    }

    public Map<ServiceType, Map<Urgency, Limits>> getServices() {
        return services;
    }

    public void setServices(Map<ServiceType, Map<Urgency, Limits>> services) {
        this.services = services;
    }

    public SlaPolicy toPolicy() {
        SlaPolicy standard = SlaPolicy.standard();
        var defaults = new EnumMap<Urgency, SlaPolicy.Limits>(Urgency.class);
        defaults.put(Urgency.NORMAL, normal.orElse(limitsOf(standard, Urgency.NORMAL)));
        defaults.put(Urgency.URGENT, urgent.orElse(limitsOf(standard, Urgency.URGENT)));
        SlaPolicy policy = new SlaPolicy(defaults, Map.of());
        for (var service : services.entrySet()) {
            for (var urgency : service.getValue().entrySet()) {
                policy = policy.withService(service.getKey(), urgency.getKey(),
                        urgency.getValue().orElse(defaults.get(urgency.getKey())));
            }
        }
        return policy;
    }

    private static SlaPolicy.Limits limitsOf(SlaPolicy policy, Urgency urgency) {
        return new SlaPolicy.Limits(policy.limit(SlaDeadline.DECISION, ServiceType.OTHER, urgency),
                policy.limit(SlaDeadline.FIRST_SERVICE, ServiceType.OTHER, urgency));
    }
}
