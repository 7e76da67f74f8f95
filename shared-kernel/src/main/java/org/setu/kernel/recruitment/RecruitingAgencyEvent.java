package org.setu.kernel.recruitment;

import org.setu.kernel.common.Stamp;

/** Every fact about a licensed recruiting agency: its entry, deployments, sub-agents, sanctions and appeals. */
public sealed interface RecruitingAgencyEvent permits RecruitingAgencyLicensedEvent, DeploymentsRecordedEvent,
        SanctionImposedEvent, SanctionAppealedEvent, AppealDecidedEvent, SubAgentRegisteredEvent {

    Licence licence();

    Stamp stamp();
}
