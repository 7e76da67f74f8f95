package org.setu.kernel.referral;

import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.privacy.GrantId;
import org.setu.kernel.privacy.Sealed;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One case's facts for tests on both sides: the ministry leads, refers to IOM (REF), IOM refers on to an NGO (REF2),
 * an outsider is never involved. Events only: each side folds them into its own state.
 */
public final class CaseStory {

    public static final CaseId CASE = new CaseId("case-0001");
    public static final ReferralId REF = new ReferralId("ref-0001");
    public static final ReferralId REF2 = new ReferralId("ref-0002");
    private static final ReferralId REF3 = new ReferralId("ref-0003");
    private static final ReferralId REF4 = new ReferralId("ref-0004");
    public static final AgencyId MOE = new AgencyId("moewoe");
    public static final AgencyId IOM = new AgencyId("iom-bd");
    public static final AgencyId NGO = new AgencyId("ngo-a");
    public static final AgencyId OUTSIDER = new AgencyId("ngo-outside");
    public static final List<AgencyId> CAST = List.of(MOE, IOM, NGO, OUTSIDER);
    public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final AtomicInteger COMMANDS = new AtomicInteger();

    private CaseStory() {
    }

    public static Stamp by(AgencyId agency) {
        Actor actor = new Actor(new StaffId("staff-of-" + agency), agency, Set.of(Role.CASEWORKER, Role.FOCAL_POINT));
        return new Stamp(new CommandId("cmd-" + COMMANDS.incrementAndGet()), actor, T0);
    }

    public static Sealed sealed(String text) {
        return new Sealed(Sealed.PREFIX + text);
    }

    public static CaseOpenedEvent opened() {
        return new CaseOpenedEvent(CASE, MOE, new CaseFacts(CaseCategory.TRAFFICKING, MigrationStage.RETURN, "BD", "MY",
                "Dhaka", Set.of()), sealed("subject"), new Consent(Set.of(IOM, NGO), Set.of(), Set.of()), by(MOE));
    }

    public static ReferralRequestedEvent requested(ReferralId ref, AgencyId from, AgencyId to) {
        return new ReferralRequestedEvent(CASE, ref, from, to, ServiceType.SHELTER, Urgency.NORMAL, sealed("note"),
                T0.plusSeconds(86400), by(from));
    }

    public static ReferralRequestedEvent requested() {
        return requested(REF, MOE, IOM);
    }

    public static ReferralAcceptedEvent accepted() {
        return new ReferralAcceptedEvent(CASE, REF, T0.plusSeconds(14 * 86400), by(IOM));
    }

    public static ReferralDeclinedEvent declined(ReferralId ref, AgencyId by) {
        return new ReferralDeclinedEvent(CASE, ref, DeclineReason.NO_CAPACITY, sealed("full"), by(by));
    }

    public static LeadTransferRequestedEvent leadOffered() {
        return new LeadTransferRequestedEvent(CASE, MOE, IOM, sealed("handover"), by(MOE));
    }

    /** Every type of case event at least once, in an order the case rules allow (each applies to what came before). */
    public static List<CaseEvent> oneOfEachType() {
        return List.of(opened(),
                new ConsentRecordedEvent(CASE, new Consent(Set.of(IOM), Set.of(), Set.of()), by(MOE)),
                new ConsentOverriddenEvent(CASE, OUTSIDER, sealed("emergency"), by(MOE)),
                new NoteAddedEvent(CASE, new NoteId("note-1"), MOE, NoteVisibility.ALL_AGENCIES, sealed("n"), by(MOE)),
                requested(), accepted(), new ReferralEscalatedEvent(CASE, REF, SlaDeadline.FIRST_SERVICE, T0, MOE, IOM),
                new ReferralServiceStartedEvent(CASE, REF, by(IOM)),
                new ReferralCompletedEvent(CASE, REF, sealed("done"), by(IOM)),
                requested(REF2, MOE, NGO), declined(REF2, NGO),
                requested(REF3, MOE, NGO), new ReferralAcceptedEvent(CASE, REF3, T0.plusSeconds(86400), by(NGO)),
                new ReferralFailedEvent(CASE, REF3, sealed("gone"), by(NGO)),
                requested(REF4, MOE, NGO), new ReferralWithdrawnEvent(CASE, REF4, sealed("resolved"), by(MOE)),
                new ConsentWithdrawnEvent(CASE, sealed("asked"), by(MOE)),
                leadOffered(), new LeadTransferDeclinedEvent(CASE, MOE, IOM, sealed("no"), by(IOM)),
                leadOffered(), new LeadTransferAcceptedEvent(CASE, MOE, IOM, by(IOM)),
                new CaseClosedEvent(CASE, sealed("done"), by(IOM)),
                new CaseReopenedEvent(CASE, sealed("again"), by(IOM)),
                new BreakGlassGrantedEvent(CASE, new GrantId("G00000000-0000-0000-0000-000000000001"), "check",
                        T0.plusSeconds(1800), by(AgencyId.SECRETARIAT)),
                new SubjectErasedEvent(CASE, ErasureBasis.REQUEST, "asked", by(AgencyId.SECRETARIAT)));
    }
}
