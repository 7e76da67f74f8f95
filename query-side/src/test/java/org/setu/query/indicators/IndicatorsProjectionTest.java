package org.setu.query.indicators;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.query.FindIndicatorsQuery;
import org.setu.kernel.query.IndicatorRow;
import org.setu.kernel.referral.*;
import org.setu.query.common.Generations;
import org.setu.query.common.WireMongo;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The indicators projection once against the embedded MongoDB wire server: events in, cells out, redelivery harmless. */
class IndicatorsProjectionTest {

    private final WireMongo mongo = new WireMongo();
    private final IndicatorsProjection projection = new IndicatorsProjection(
            new Generations(mongo.database()));
    private static final CaseId CASE = new CaseId("case-0001");
    private static final ReferralId REF = new ReferralId("ref-0001");
    private static final Instant T = Instant.parse("2026-04-01T10:00:00Z");

    @AfterEach
    void close() {
        mongo.close();
    }

    private static Stamp stamp(String agency) {
        return new Stamp(new CommandId("c-" + System.nanoTime()), new Actor(new StaffId("s"), new AgencyId(agency),
                Set.of(Role.CASEWORKER)), T);
    }

    private void history() {
        projection.on(new CaseOpenedEvent(CASE, new AgencyId("moewoe"), new CaseFacts(CaseCategory.RECRUITMENT_COMPLAINT,
                MigrationStage.DESTINATION, "BD", "QA", "Cumilla", Set.of()),
                new Sealed("v1:subject"), Consent.NONE, stamp("moewoe")));
        projection.on(new ReferralRequestedEvent(CASE, REF, new AgencyId("moewoe"), new AgencyId("iom-bd"),
                ServiceType.LEGAL_AID, Urgency.NORMAL, null, T.plusSeconds(72 * 3600), stamp("moewoe")), T);
        projection.on(new ReferralAcceptedEvent(CASE, REF, T.plusSeconds(86400 * 14), stamp("iom-bd")), T.plusSeconds(7200));
        projection.on(new ReferralEscalatedEvent(CASE, REF, SlaDeadline.FIRST_SERVICE, T, new AgencyId("moewoe"),
                new AgencyId("iom-bd")));
        projection.on(new ReferralCompletedEvent(CASE, REF, new Sealed("v1:" + "settled"), stamp("iom-bd")), T.plusSeconds(36_000));
    }

    @Test
    void a_referral_history_becomes_one_cell_and_a_redelivery_changes_nothing() {
        history();
        history();
        var report = projection.handle(new FindIndicatorsQuery("2026-01", "2026-12", null, null, null));
        assertThat(report.rows()).hasSize(1);
        IndicatorRow row = report.rows().get(0);
        assertThat(row.month()).isEqualTo("2026-04");
        assertThat(row.gcmObjective()).isEqualTo(6);
        assertThat(row.district()).isEqualTo("Cumilla");
        assertThat(row.requested()).isEqualTo(1);
        assertThat(row.accepted()).isEqualTo(1);
        assertThat(row.completed()).isEqualTo(1);
        assertThat(row.decisionMedianHours()).isEqualTo(2.0);
        assertThat(row.completionMedianHours()).isEqualTo(10.0);
        assertThat(row.slaBreaches()).isEqualTo(1);
        assertThat(projection.handle(new FindIndicatorsQuery("2026-05", "2026-12", null, null, null)).rows()).isEmpty();
        assertThat(projection.handle(new FindIndicatorsQuery("2026-01", "2026-12", CaseCategory.TRAFFICKING, null, null))
                .rows()).isEmpty();
    }
}
