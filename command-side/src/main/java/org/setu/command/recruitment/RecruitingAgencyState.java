package org.setu.command.recruitment;

import org.setu.command.common.Evolution;
import org.setu.command.common.Evolving;
import org.setu.kernel.recruitment.*;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the recruiting agency rules need to know, folded from its events; {@link #NONE} before it was entered.
 * {@code subAgents}: the registration numbers of its registered sub-agents.
 */
record RecruitingAgencyState(Licence licence, Map<SanctionId, Sanction> sanctions, Set<String> subAgents)
        implements Evolving<RecruitingAgencyState, RecruitingAgencyEvent> {

    static final RecruitingAgencyState NONE = new RecruitingAgencyState(null, Map.of(), Set.of());
    /** The licensing law's window for an appeal against a sanction (Overseas Employment and Migrants Act 2013, s.12). */
    static final Duration APPEAL_WINDOW = Duration.ofDays(30);

    /** A sanction and where its appeal stands ({@code appeal} null: none lodged). */
    record Sanction(SanctionKind kind, Instant imposedAt, Integer suspensionDays, Appeal appeal)
            implements LicenceStatus.Terms {

        enum Appeal { LODGED, UPHELD, OVERTURNED }

        @Override
        public boolean overturned() {
            return appeal == Appeal.OVERTURNED;
        }

        Sanction with(Appeal next) {
            return new Sanction(kind, imposedAt, suspensionDays, next);
        }
    }

    /** Every recruiting agency event, each with how it changes the state; a missing one stops the class loading. */
    static final Evolution<RecruitingAgencyState, RecruitingAgencyEvent> EVOLUTION =
            Evolution.<RecruitingAgencyState, RecruitingAgencyEvent>of(RecruitingAgencyEvent.class)
            .on(RecruitingAgencyLicensedEvent.class, (s, e) -> new RecruitingAgencyState(e.licence(), s.sanctions, s.subAgents))
            .on(DeploymentsRecordedEvent.class, (s, e) -> s)
            .on(SubAgentRegisteredEvent.class, (s, e) -> s.withSubAgent(e.registration()))
            .on(SanctionImposedEvent.class, (s, e) -> s.withSanction(e.sanctionId(),
                    new Sanction(e.kind(), e.stamp().at(), e.suspensionDays(), null)))
            .on(SanctionAppealedEvent.class, (s, e) -> s.withSanction(e.sanctionId(),
                    s.known(e.sanctionId()).with(Sanction.Appeal.LODGED)))
            .on(AppealDecidedEvent.class, (s, e) -> s.withSanction(e.sanctionId(), s.known(e.sanctionId())
                    .with(e.outcome() == AppealOutcome.UPHELD ? Sanction.Appeal.UPHELD : Sanction.Appeal.OVERTURNED)))
            .complete();

    RecruitingAgencyState {
        sanctions = Map.copyOf(sanctions);
        subAgents = Set.copyOf(subAgents);
    }

    @Override
    public RecruitingAgencyState evolve(RecruitingAgencyEvent event) {
        return EVOLUTION.apply(this, event);
    }

    boolean exists() {
        return licence != null;
    }

    /** The licence as it stands at {@code now}: cancelled or suspended by a sanction in force, else licensed. */
    LicenceStatus status(Instant now) {
        return LicenceStatus.of(sanctions.values(), now);
    }

    /** A sanction an event names: its absence means a broken stream, never a user's mistake. */
    private Sanction known(SanctionId id) {
        Sanction sanction = sanctions.get(id);
        if (sanction == null) {
            throw new IllegalStateException("Agency " + licence + " has an event for an unknown sanction " + id);
        }
        return sanction;
    }

    private RecruitingAgencyState withSanction(SanctionId id, Sanction sanction) {
        Map<SanctionId, Sanction> next = new LinkedHashMap<>(sanctions);
        next.put(id, sanction);
        return new RecruitingAgencyState(licence, next, subAgents);
    }

    private RecruitingAgencyState withSubAgent(String registration) {
        Set<String> next = new HashSet<>(subAgents);
        next.add(registration);
        return new RecruitingAgencyState(licence, sanctions, next);
    }
}
