package org.setu.query.referral;

import com.mongodb.MongoWriteException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.query.CaseSummaryView;
import org.setu.kernel.query.FindCaseloadQuery;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseFacts;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.CaseOpenedEvent;
import org.setu.kernel.referral.Consent;
import org.setu.kernel.referral.MigrationStage;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.Generations;
import org.setu.query.common.WireMongo;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An event whose handling stopped half way (a crash, or a backup copied at that instant) is applied in full when it
 * is delivered again: the caseload's stored state, which marks an event as applied, is written after its rows.
 */
class CaseloadRedeliveryTest {

    private static final AgencyId MOE = new AgencyId("moewoe");
    private static final Instant T = Instant.parse("2026-05-01T00:00:00Z");
    private final WireMongo mongo = new WireMongo();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void a_delivery_that_stopped_before_the_rows_were_written_is_applied_in_full_when_redelivered() {
        var generations = new Generations(mongo.database());
        var projection = new CaseloadProjection(generations);
        var rows = generations.forWrite(ProcessingGroups.CASELOADS, CaseloadProjection.ROWS);
        // A row write that fails once, as if the process died right there.
        Runnable recover = WireMongo.failWritesOf(rows, "caseId", "case-1");
        CaseId caseId = new CaseId("case-1");
        var opened = new CaseOpenedEvent(caseId, MOE, new CaseFacts(CaseCategory.TRAFFICKING, MigrationStage.RETURN,
                null, null, "Dhaka", Set.of()), new Sealed("v1:subject"), Consent.NONE,
                new Stamp(new CommandId("c1"), new Actor(new StaffId("s"), MOE, Set.of(Role.CASEWORKER)), T));

        assertThatThrownBy(() -> projection.on(opened, 0, T)).isInstanceOf(MongoWriteException.class);
        recover.run();
        projection.on(opened, 0, T);

        assertThat(projection.handle(new FindCaseloadQuery(MOE, null, null, 0, 10)).items())
                .extracting(CaseSummaryView::caseId).containsExactly(caseId);
    }
}
