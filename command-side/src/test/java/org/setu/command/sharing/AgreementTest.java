package org.setu.command.sharing;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.setu.command.common.StampedCommandTargetResolver;
import org.setu.kernel.common.*;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.sharing.*;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Data-sharing agreements: only the secretariat's administrators make, change and end them; terms are validated. */
class AgreementTest {

    private static final AgreementId ID = new AgreementId("A-research-1");
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private final FixtureConfiguration<Agreement> fixture = new AggregateTestFixture<>(Agreement.class)
            .registerCommandTargetResolver(new StampedCommandTargetResolver());

    private static Stamp as(Role role) {
        return new Stamp(new CommandId("c" + IDS.incrementAndGet()), new Actor(new StaffId("s"), AgencyId.SECRETARIAT,
                Set.of(role)), T);
    }

    private static AgreementTerms terms() {
        return new AgreementTerms(Set.of("*"), Set.of(CaseCategory.RETURN_REINTEGRATION), Set.of(),
                IdentifierPolicy.PSEUDONYMOUS, T, T.plusSeconds(86400 * 365));
    }

    @Test
    void the_secretariat_admin_creates_amends_and_revokes() {
        var create = as(Role.SECRETARIAT_ADMIN);
        fixture.givenNoPriorActivity().when(new CreateAgreementCommand(ID, "research-1", terms(), create))
                .expectEvents(new AgreementCreatedEvent(ID, "research-1", terms(), create));
        var revoke = as(Role.SECRETARIAT_ADMIN);
        fixture.given(new AgreementCreatedEvent(ID, "research-1", terms(), create))
                .when(new RevokeAgreementCommand(ID, "study ended", revoke))
                .expectEvents(new AgreementRevokedEvent(ID, "study ended", revoke));
        fixture.given(new AgreementCreatedEvent(ID, "research-1", terms(), create),
                        new AgreementRevokedEvent(ID, "ended", revoke))
                .when(new AmendAgreementCommand(ID, terms(), "extend", as(Role.SECRETARIAT_ADMIN)))
                .expectNoEvents().expectException(RuleViolationException.class);
    }

    @Test
    void nobody_else_may_and_terms_are_checked() {
        fixture.givenNoPriorActivity()
                .when(new CreateAgreementCommand(ID, "research-1", terms(), as(Role.SECRETARIAT_REVIEWER)))
                .expectNoEvents().expectException(ForbiddenActionException.class);
        assertThatThrownBy(() -> new AgreementTerms(Set.of("org.setu.subject.named.v1"), Set.of(CaseCategory.OTHER),
                Set.of(), null, T, T.plusSeconds(1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown event types");
        assertThatThrownBy(() -> new AgreementTerms(Set.of("*"), Set.of(CaseCategory.OTHER), Set.of(), null, T, T))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("validUntil");
        assertThatThrownBy(() -> new AgreementTerms(Set.of("*"), Set.of(), Set.of(), null, null, T))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("categories");
    }
}
