package org.setu.query.referral;

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
import org.setu.kernel.query.FindCaseloadQuery;
import org.setu.kernel.referral.*;
import org.setu.query.common.Generations;
import org.setu.query.common.WireMongo;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Caseload lists served from memory answer exactly as the database query does, page by page, filter by filter. */
class CaseloadListsTest {

    private final WireMongo mongo = new WireMongo();
    private final CaseloadProjection inMemory;
    private final CaseloadProjection fromDatabase;
    private static final AgencyId MOE = new AgencyId("moewoe");
    private static final AgencyId IOM = new AgencyId("iom-bd");
    private static final Instant T = Instant.parse("2026-05-01T00:00:00Z");

    CaseloadListsTest() {
        var generations = new Generations(mongo.database());
        inMemory = new CaseloadProjection(generations, true);
        fromDatabase = new CaseloadProjection(generations, false);
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    private static Stamp stamp(AgencyId agency) {
        return new Stamp(new CommandId("c" + System.nanoTime()), new Actor(new StaffId("s"), agency, Set.of(Role.CASEWORKER)), T);
    }

    @Test
    void memory_and_database_agree_on_every_page_and_filter() {
        for (int i = 0; i < 40; i++) {
            CaseId caseId = new CaseId("case-" + String.format("%04d", i));
            CaseCategory category = i % 3 == 0 ? CaseCategory.TRAFFICKING : CaseCategory.RETURN_REINTEGRATION;
            inMemory.on(new CaseOpenedEvent(caseId, MOE, new CaseFacts(category, MigrationStage.RETURN, null, null, "Dhaka",
                    Set.of()), new Sealed("v1:subject"), Consent.NONE, stamp(MOE)), 0, T.plusSeconds(i));
            if (i % 2 == 0) {
                ReferralId ref = new ReferralId("ref-" + i);
                inMemory.on(new ReferralRequestedEvent(caseId, ref, MOE, IOM, ServiceType.REINTEGRATION, Urgency.NORMAL, null,
                        T, stamp(MOE)), 1, T.plusSeconds(100 + i));
                if (i % 4 == 0) {
                    inMemory.on(new ReferralDeclinedEvent(caseId, ref, DeclineReason.OTHER, new Sealed("v1:" + "no"), stamp(IOM)), 2, T.plusSeconds(200 + i));
                }
            }
            if (i % 5 == 0) {
                inMemory.on(new CaseClosedEvent(caseId, new Sealed("v1:" + "done"), stamp(MOE)), 3, T.plusSeconds(300 + i));
            }
        }
        for (AgencyId agency : new AgencyId[]{MOE, IOM}) {
            for (CaseStatus status : new CaseStatus[]{null, CaseStatus.OPEN, CaseStatus.CLOSED}) {
                for (CaseCategory category : new CaseCategory[]{null, CaseCategory.TRAFFICKING}) {
                    for (int page = 0; page < 4; page++) {
                        var query = new FindCaseloadQuery(agency, status, category, page, 7);
                        assertThat(inMemory.handle(query)).as(query.toString()).isEqualTo(fromDatabase.handle(query));
                    }
                }
            }
        }
        assertThat(inMemory.handle(new FindCaseloadQuery(IOM, null, null, 0, 100)).total()).isEqualTo(10);
        assertThat(inMemory.handle(new FindCaseloadQuery(MOE, null, null, 0, 100)).total()).isEqualTo(40);
    }
}
