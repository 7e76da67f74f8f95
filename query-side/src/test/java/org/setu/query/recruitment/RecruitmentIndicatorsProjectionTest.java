package org.setu.query.recruitment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.recruitment.*;
import org.setu.query.common.Generations;
import org.setu.query.common.WireMongo;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruitment indicators projection once against the embedded MongoDB wire server: events in, figures out; a
 * redelivered payment counts once; a redelivered sanction does not undo its overturning; a rebuild into a new
 * generation gives the same report; no complainant and no free-text reason is stored.
 */
class RecruitmentIndicatorsProjectionTest {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private static final Licence RL = new Licence("RL-0123");
    private static final ComplaintId K1 = new ComplaintId("K0001");
    private final WireMongo mongo = new WireMongo();
    private final Generations generations = new Generations(mongo.database());
    private final RecruitmentIndicatorsProjection projection = new RecruitmentIndicatorsProjection(generations);

    @AfterEach
    void close() {
        mongo.close();
    }

    private static Stamp at(long days) {
        return new Stamp(new CommandId("c-" + days), new Actor(new StaffId("s"), new AgencyId("moewoe"),
                Set.of(Role.CASEWORKER)), T.plusSeconds(days * 86_400));
    }

    private void replay() {
        var facts = new ComplaintFacts(RL, null, ComplaintChannel.HELPLINE, Set.of(ComplaintCategory.EXCESS_FEES), "SA",
                Sex.F, 450_000L, null, 200_000L, 30_000L);
        projection.on(new DeploymentsRecordedEvent(RL, "2026-03", 200, 50, at(0)));
        projection.on(new ComplaintFiledEvent(K1, new AgencyId("moewoe"), facts, new Sealed("v1:CANARY-NAME"),
                ComplaintConsent.NONE, at(0)), 0);
        List<ComplaintEvent> rest = List.of(new ComplaintRegisteredEvent(K1, at(1)), new RecruiterNotifiedEvent(K1, at(2)),
                new HearingHeldEvent(K1, T, at(10)), new AwardMadeEvent(K1, 150_000, at(11)),
                new PaymentRecordedEvent(K1, 100_000, at(20)), new ComplaintClosedEvent(K1, new Sealed("v1:x"), at(40)));
        for (int i = 0; i < rest.size(); i++) {
            projection.on(rest.get(i), i + 1);
        }
        projection.on(rest.get(4), 5);  // the payment again, as a redelivery
        SanctionImposedEvent first = sanction("S-0001", 5);
        projection.on(first, 2);
        projection.on(sanction("S-0002", 8), 3);
        projection.on(new AppealDecidedEvent(RL, first.sanctionId(), AppealOutcome.OVERTURNED, "CANARY-REASON", at(12)), 5);
        projection.on(sanction("S-0003", 20), 6);
        projection.on(first, 2);        // the overturned sanction again, as a redelivery
    }

    private static SanctionImposedEvent sanction(String id, long days) {
        return new SanctionImposedEvent(RL, new SanctionId(id), SanctionKind.WARNING, "CANARY-REASON", null, null,
                Set.of(K1), at(days));
    }

    private RecruitmentIndicatorReport report() {
        return projection.handle(new FindRecruitmentIndicatorsQuery("2026-01", YearMonth.of(2026, 12).toString(), null));
    }

    @Test
    void a_complaint_history_becomes_its_figures_and_a_redelivery_changes_nothing() {
        replay();
        var all = report().rows().get(0);
        assertThat(all.sex()).isEqualTo("ALL");
        assertThat(all.complaints()).isEqualTo(1);
        assertThat(all.perThousandDeployed()).isEqualTo(5.0);
        assertThat(all.resolved()).isEqualTo(1);
        assertThat(all.medianDaysToResolution()).isEqualTo(40.0);
        assertThat(all.awardedBdt()).isEqualTo(150_000);
        assertThat(all.paidBdt()).isEqualTo(100_000);
        assertThat(all.costRatios()).singleElement().extracting(RecruitmentIndicatorReport.CostRatio::median).isEqualTo(15.0);
        assertThat(all.p90DaysToResolution()).isEqualTo(40.0);
        assertThat(all.medianDaysToSanction()).as("S-0001 overturned: S-0002 is the first").isEqualTo(8.0);
        assertThat(all.repeatOffender()).as("S-0002 and S-0003 stand, both in March").isTrue();
    }

    @Test
    void a_rebuild_gives_the_same_report_and_nothing_stored_holds_the_complainant() {
        replay();
        RecruitmentIndicatorReport before = report();
        assertThat(before.rows().get(0)).extracting(r -> r.p90DaysToResolution(), r -> r.medianDaysToSanction(),
                r -> r.repeatOffender()).containsExactly(40.0, 8.0, true);
        generations.startBuilding(projection);
        replay();
        assertThat(generations.switchToBuilt(projection.processingGroup())).isTrue();
        assertThat(generations.state(projection.processingGroup()).active()).isPositive();
        assertThat(report()).isEqualTo(before);
        List<String> stored = new ArrayList<>();
        mongo.database().listCollectionNames().forEach(name -> mongo.database().getCollection(name)
                .find().forEach(d -> stored.add(d.toJson())));
        assertThat(stored).isNotEmpty().noneMatch(json -> json.contains("CANARY"));
    }
}
