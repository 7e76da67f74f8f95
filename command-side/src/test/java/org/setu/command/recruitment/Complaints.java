package org.setu.command.recruitment;

import org.setu.command.agency.AgencyDirectory;
import org.setu.command.agency.AgencyListing;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.recruitment.*;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cast of the recruitment tests: the ministry's complaint cell receives, a legal-aid NGO is consented to, an
 * unrelated NGO is not; two recruiting agencies (RL-0123 complained against, RL-0456 not) and their representatives.
 */
final class Complaints {

    static final ComplaintId COMPLAINT = new ComplaintId("K0000-0001");
    static final ComplaintId OTHER_COMPLAINT = new ComplaintId("K0000-0002");
    static final AgencyId MOEWOE = new AgencyId("moewoe");
    static final AgencyId NGO = new AgencyId("ngo-a");
    static final AgencyId OUTSIDER = new AgencyId("ngo-outside");
    static final AgencyId SECRETARIAT = AgencyId.SECRETARIAT;
    static final Licence RL_0123 = new Licence("RL-0123");
    static final Licence RL_0456 = new Licence("RL-0456");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final ComplaintConsent CONSENT = new ComplaintConsent(Set.of(NGO), Set.of(ComplaintPurpose.COMPLAINT_HANDLING),
            false);

    private static final AtomicInteger COMMANDS = new AtomicInteger();

    private Complaints() {
    }

    static AgencyDirectory directory() {
        Map<AgencyId, AgencyListing> listings = Map.of(
                MOEWOE, new AgencyListing(MOEWOE, AgencyType.MINISTRY, true, Set.of()),
                NGO, new AgencyListing(NGO, AgencyType.NGO, true, Set.of()),
                OUTSIDER, new AgencyListing(OUTSIDER, AgencyType.NGO, true, Set.of()));
        return id -> Optional.ofNullable(listings.get(id));
    }

    /** RL-0123 and RL-0456 are entered; COMPLAINT is against RL-0123, OTHER_COMPLAINT against RL-0456. */
    static RecruitmentLookup lookup() {
        return new RecruitmentLookup() {
            @Override
            public boolean licensed(Licence licence) {
                return licence.equals(RL_0123) || licence.equals(RL_0456);
            }

            @Override
            public Optional<Licence> respondentOf(ComplaintId id) {
                return id.equals(COMPLAINT) ? Optional.of(RL_0123)
                        : id.equals(OTHER_COMPLAINT) ? Optional.of(RL_0456) : Optional.empty();
            }
        };
    }

    static ComplaintRules.Deps deps() {
        return new ComplaintRules.Deps(directory(), lookup());
    }

    static Stamp stamp(AgencyId agency, Role... roles) {
        return at(T0, agency, roles);
    }

    static Stamp at(Instant when, AgencyId agency, Role... roles) {
        Actor actor = new Actor(new StaffId("staff-of-" + agency), agency, Set.of(roles));
        return new Stamp(new CommandId("cmd-" + COMMANDS.incrementAndGet()), actor, when);
    }

    static Stamp caseworker(AgencyId agency) {
        return stamp(agency, Role.CASEWORKER);
    }

    static Stamp focalPoint(AgencyId agency) {
        return stamp(agency, Role.FOCAL_POINT);
    }

    static Stamp admin() {
        return stamp(SECRETARIAT, Role.SECRETARIAT_ADMIN);
    }

    static Stamp representative(Licence licence) {
        return stamp(licence.asAgencyId(), Role.RECRUITER_REPRESENTATIVE);
    }

    static Sealed sealed(String text) {
        return new Sealed(Sealed.PREFIX + text);
    }

    static ComplaintFacts facts() {
        return new ComplaintFacts(RL_0123, null, ComplaintChannel.HELPLINE, Set.of(ComplaintCategory.EXCESS_FEES), "SA",
                Sex.F, 450_000L, 166_000L, 200_000L, 35_000L);
    }

    static ComplaintFiledEvent filed() {
        return new ComplaintFiledEvent(COMPLAINT, MOEWOE, facts(), sealed("complainant"), CONSENT, caseworker(MOEWOE));
    }
}
