package org.setu.kernel.recruitment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recruiting agency's public record: licence, name, district, its sanctions and their appeals, its monthly
 * deployments, its registered sub-agents and how many complaints were filed against it. No complainant appears here.
 */
public record RecruitingAgencyView(Licence licence, String name, String district, List<SanctionView> sanctions,
                                   Map<String, Deployments> deployments, long complaints,
                                   List<SubAgent> subAgents, long version) {

    /** A registered sub-agent: the licensing authority's registration number, name, district, when entered. */
    public record SubAgent(String registration, String name, String district, Instant registeredAt) {
    }

    /** Workers (and women among them) sent abroad in a month. */
    public record Deployments(int workers, int women) {
    }

    /** A sanction, the complaints it cites and where its appeal stands ({@code appeal} null: none). */
    public record SanctionView(SanctionId sanctionId, SanctionKind kind, String reason, Long amountBdt,
                               Integer suspensionDays, Set<ComplaintId> complaintIds, Instant imposedAt,
                               String appeal, Instant appealDecidedAt) implements LicenceStatus.Terms {

        @Override
        public boolean overturned() {
            return AppealOutcome.OVERTURNED.name().equals(appeal);
        }
    }

    public RecruitingAgencyView {
        sanctions = List.copyOf(sanctions);
        deployments = Map.copyOf(deployments);
        // Views stored before sub-agents were registered have none.
        subAgents = subAgents == null ? List.of() : List.copyOf(subAgents);
    }

    public LicenceStatus status(Instant now) {
        return LicenceStatus.of(sanctions, now);
    }
}
