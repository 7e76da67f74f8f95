package org.setu.kernel.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.setu.kernel.common.AgencyId;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.kernel.referral.CaseStory.*;

/**
 * Who is on a case after each story, as one table: every holder of case state (the write side's {@code CaseState},
 * the {@code CaseView}, the caseload lists) runs it by extending this class or reading {@link #table()}, so they
 * are shown to answer with the one {@link Parties} policy.
 */
public abstract class PartiesContract {

    /** A story and who may see the case after it. */
    public record Row(String story, List<CaseEvent> events, Set<AgencyId> withAccess) {
        @Override
        public String toString() {
            return story;
        }
    }

    /** The case state this side folds from the events. */
    protected abstract Parties after(List<CaseEvent> events);

    public static List<Row> table() {
        ReferralRequestedEvent onward = requested(REF2, IOM, NGO);
        return List.of(
                row("opened: the lead alone", Set.of(MOE), opened()),
                row("referred: the receiver joins", Set.of(MOE, IOM), opened(), requested()),
                row("accepted: still on", Set.of(MOE, IOM), opened(), requested(), accepted()),
                row("in service: still on", Set.of(MOE, IOM), opened(), requested(), accepted(),
                        new ReferralServiceStartedEvent(CASE, REF, by(IOM))),
                row("overdue: still on", Set.of(MOE, IOM), opened(), requested(),
                        new ReferralEscalatedEvent(CASE, REF, SlaDeadline.DECISION, T0, MOE, IOM)),
                row("declined: the receiver is off", Set.of(MOE), opened(), requested(), declined(REF, IOM)),
                row("completed: off", Set.of(MOE), opened(), requested(), accepted(),
                        new ReferralCompletedEvent(CASE, REF, sealed("done"), by(IOM))),
                row("failed: off", Set.of(MOE), opened(), requested(), accepted(),
                        new ReferralFailedEvent(CASE, REF, sealed("gone"), by(IOM))),
                row("withdrawn: off", Set.of(MOE), opened(), requested(),
                        new ReferralWithdrawnEvent(CASE, REF, sealed("resolved"), by(MOE))),
                row("referred on: both receivers", Set.of(MOE, IOM, NGO), opened(), requested(), onward),
                row("the first referral ended: the onward receiver stays", Set.of(MOE, NGO), opened(), requested(),
                        onward, declined(REF, IOM)),
                row("lead offered: the offer gives no access", Set.of(MOE), opened(), leadOffered()),
                row("lead accepted: the old lead is off", Set.of(IOM), opened(), leadOffered(),
                        new LeadTransferAcceptedEvent(CASE, MOE, IOM, by(IOM))),
                row("lead declined: nothing moves", Set.of(MOE), opened(), leadOffered(),
                        new LeadTransferDeclinedEvent(CASE, MOE, IOM, sealed("no"), by(IOM))),
                row("consent withdrawn: access stays (only personal data hides)", Set.of(MOE, IOM), opened(),
                        requested(), new ConsentWithdrawnEvent(CASE, sealed("asked"), by(MOE))),
                row("closed: the lead keeps it", Set.of(MOE), opened(), requested(), declined(REF, IOM),
                        new CaseClosedEvent(CASE, sealed("done"), by(MOE))));
    }

    private static Row row(String story, Set<AgencyId> withAccess, CaseEvent... events) {
        return new Row(story, List.of(events), withAccess);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void the_lead_and_the_agencies_with_an_active_referral_are_on_the_case(Row row) {
        Parties parties = after(row.events());
        assertThat(parties.withAccess()).containsExactlyInAnyOrderElementsOf(row.withAccess());
        for (AgencyId agency : CAST) {
            assertThat(parties.onCase(agency)).as(agency.value()).isEqualTo(row.withAccess().contains(agency));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void the_lead_is_listed_first(Row row) {
        Parties parties = after(row.events());
        assertThat(parties.withAccess().iterator().next()).isEqualTo(parties.lead());
    }

    @Test
    void the_lead_sees_every_referral_and_others_those_they_send_or_receive() {
        Parties parties = after(List.of(opened(), requested(), requested(REF2, IOM, NGO), declined(REF, IOM)));
        assertThat(seen(parties, MOE)).containsExactlyInAnyOrder("moewoe>iom-bd", "iom-bd>ngo-a");
        assertThat(seen(parties, IOM)).containsExactlyInAnyOrder("moewoe>iom-bd", "iom-bd>ngo-a");
        assertThat(seen(parties, NGO)).containsExactly("iom-bd>ngo-a");
        assertThat(seen(parties, OUTSIDER)).isEmpty();
    }

    private static Set<String> seen(Parties parties, AgencyId agency) {
        return parties.links().stream().filter(link -> parties.seesReferral(agency, link))
                .map(link -> link.fromAgency() + ">" + link.toAgency()).collect(Collectors.toSet());
    }
}
