package org.setu.command.referral;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.setu.command.agency.AgencyListing;
import org.setu.command.common.StampedCommandTargetResolver;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.SetuException;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The cast and props of the referral case tests: a ministry leads, IOM and an NGO receive, others stand by. */
final class Cases {

    static final CaseId CASE = new CaseId("case-0001");
    static final ReferralId REF = new ReferralId("ref-0001");
    static final ReferralId REF2 = new ReferralId("ref-0002");
    static final AgencyId MOEWOE = new AgencyId("moewoe");
    static final AgencyId IOM = new AgencyId("iom-bd");
    static final AgencyId NGO = new AgencyId("ngo-a");
    static final AgencyId OUTSIDER = new AgencyId("ngo-outside");
    static final AgencyId SUSPENDED = new AgencyId("ngo-suspended");
    static final AgencyId UNKNOWN = new AgencyId("nobody");
    static final AgencyId SECRETARIAT = new AgencyId("secretariat");
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final Consent CONSENT = new Consent(Set.of(IOM, NGO), Set.of(), Set.of(ConsentPurpose.SERVICE_PROVISION));

    private static final AtomicInteger COMMANDS = new AtomicInteger();

    private Cases() {
    }

    static FixtureConfiguration<ReferralCase> fixture() {
        return fixture(SlaPolicy.standard());
    }

    static FixtureConfiguration<ReferralCase> fixture(SlaPolicy sla) {
        FixtureConfiguration<ReferralCase> fixture = new AggregateTestFixture<>(ReferralCase.class);
        fixture.registerCommandTargetResolver(new StampedCommandTargetResolver());
        fixture.registerInjectableResource(directory());
        fixture.registerInjectableResource(sla);
        return fixture;
    }

    /** The registry: IOM and the NGO offer two services each, the outsider all but outside consent, one suspended. */
    static InMemoryAgencyDirectory directory() {
        var all = Set.of(ServiceType.values());
        return new InMemoryAgencyDirectory()
                .with(new AgencyListing(MOEWOE, AgencyType.MINISTRY, true, all))
                .with(new AgencyListing(IOM, AgencyType.UN_AGENCY, true, Set.of(ServiceType.REINTEGRATION, ServiceType.SHELTER)))
                .with(new AgencyListing(NGO, AgencyType.NGO, true, Set.of(ServiceType.PSYCHOSOCIAL, ServiceType.LEGAL_AID)))
                .with(new AgencyListing(OUTSIDER, AgencyType.NGO, true, all))
                .with(new AgencyListing(SUSPENDED, AgencyType.NGO, false, all));
    }

    static Stamp stamp(AgencyId agency, Role... roles) {
        return stampWithId("cmd-" + COMMANDS.incrementAndGet(), agency, roles);
    }

    static Stamp stampWithId(String commandId, AgencyId agency, Role... roles) {
        Actor actor = new Actor(new StaffId("staff-of-" + agency), agency, Set.of(roles));
        return new Stamp(new CommandId(commandId), actor, T0);
    }

    static Stamp caseworker(AgencyId agency) {
        return stamp(agency, Role.CASEWORKER);
    }

    static Stamp focalPoint(AgencyId agency) {
        return stamp(agency, Role.FOCAL_POINT);
    }

    static CaseFacts facts() {
        return new CaseFacts(CaseCategory.RETURN_REINTEGRATION, MigrationStage.RETURN, "BD", "SA", "Dhaka", Set.of());
    }

    /** The aggregate never opens sealed values, so a test needs only their shape. */
    static Sealed subject() {
        return sealed("subject");
    }

    static Sealed sealed(String text) {
        return new Sealed(Sealed.PREFIX + text);
    }

    static CaseOpenedEvent opened() {
        return new CaseOpenedEvent(CASE, MOEWOE, facts(), subject(), CONSENT, caseworker(MOEWOE));
    }

    static ReferralRequestedEvent requested(ReferralId ref, AgencyId from, AgencyId to, ServiceType service) {
        return new ReferralRequestedEvent(CASE, ref, from, to, service, Urgency.NORMAL, null,
                T0.plusSeconds(72 * 3600), caseworker(from));
    }

    static ReferralRequestedEvent requested() {
        return requested(REF, MOEWOE, IOM, ServiceType.REINTEGRATION);
    }

    static ReferralAcceptedEvent accepted() {
        return new ReferralAcceptedEvent(CASE, REF, T0.plusSeconds(14 * 86400), focalPoint(IOM));
    }

    static ReferralServiceStartedEvent started() {
        return new ReferralServiceStartedEvent(CASE, REF, caseworker(IOM));
    }

    /** Matches a refusal carrying this error code. */
    static Matcher<SetuException> refusedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(SetuException e) {
                return e.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code " + code);
            }
        };
    }
}
