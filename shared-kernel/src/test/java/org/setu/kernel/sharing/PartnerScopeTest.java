package org.setu.kernel.sharing;

import org.junit.jupiter.api.Test;
import org.setu.kernel.referral.CaseCategory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A partner's agreements in force, taken together: which covers an entry, and under which it is shown. */
class PartnerScopeTest {

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    private static AgreementView agreement(String id, Set<CaseCategory> categories, Set<String> districts,
                                           IdentifierPolicy identifiers, Instant validFrom, Instant createdAt) {
        return new AgreementView(new AgreementId(id), "donor", new AgreementTerms(Set.of(FeedEventTypes.ALL), categories,
                districts, identifiers, validFrom, T.plusSeconds(86_400 * 365)), false, null, createdAt);
    }

    private static FeedEntry entry(CaseCategory category, String district, Instant time) {
        return new FeedEntry(7, "e7", "org.setu.referral.accepted.v1", time, "C7", category, district, Map.of());
    }

    private final AgreementView returnsInDhaka = agreement("A-first", Set.of(CaseCategory.RETURN_REINTEGRATION),
            Set.of("Dhaka"), IdentifierPolicy.NONE, null, T);
    private final AgreementView returnsAndTraffickingFromMarch = agreement("A-second",
            Set.of(CaseCategory.RETURN_REINTEGRATION, CaseCategory.TRAFFICKING), Set.of(), IdentifierPolicy.PSEUDONYMOUS,
            T, T.plusSeconds(60));
    private final PartnerScope both = new PartnerScope(List.of(returnsInDhaka, returnsAndTraffickingFromMarch));

    @Test
    void an_entry_only_the_second_agreement_covers_is_shown_under_the_second() {
        assertThat(both.covering(entry(CaseCategory.TRAFFICKING, "Sylhet", T.plusSeconds(5))))
                .contains(returnsAndTraffickingFromMarch);
    }

    @Test
    void an_entry_only_the_first_covers_is_shown_under_the_first() {
        // Before the second agreement's start: only the first, which has no start, covers it.
        assertThat(both.covering(entry(CaseCategory.RETURN_REINTEGRATION, "Dhaka", T.minusSeconds(5))))
                .contains(returnsInDhaka);
    }

    @Test
    void an_entry_both_cover_is_shown_under_the_one_that_identifies_cases_by_pseudonym() {
        assertThat(both.covering(entry(CaseCategory.RETURN_REINTEGRATION, "Dhaka", T.plusSeconds(5))))
                .contains(returnsAndTraffickingFromMarch);
    }

    @Test
    void between_agreements_that_identify_alike_the_oldest_is_taken() {
        AgreementView later = agreement("A-third", Set.of(CaseCategory.RETURN_REINTEGRATION), Set.of(), IdentifierPolicy.NONE,
                null, T.plusSeconds(120));
        PartnerScope scope = new PartnerScope(List.of(later, returnsInDhaka));
        assertThat(scope.covering(entry(CaseCategory.RETURN_REINTEGRATION, "Dhaka", T))).contains(returnsInDhaka);
    }

    @Test
    void an_entry_no_agreement_covers_is_not_shown() {
        assertThat(both.covering(entry(CaseCategory.DOCUMENTATION, "Dhaka", T.plusSeconds(5)))).isEmpty();
        assertThat(both.covering(entry(CaseCategory.RETURN_REINTEGRATION, "Sylhet", T.minusSeconds(5)))).isEmpty();
    }

    @Test
    void the_agreements_in_force_make_the_scope_and_none_in_force_make_none() {
        AgreementView revoked = new AgreementView(new AgreementId("A-revoked"), "donor", returnsInDhaka.terms(), true,
                "ended by the secretariat", T);
        AgreementList list = new AgreementList(List.of(revoked, returnsInDhaka, returnsAndTraffickingFromMarch));
        assertThat(list.inForce(T.plusSeconds(5))).hasValueSatisfying(scope -> assertThat(scope.agreements())
                .containsExactly(returnsInDhaka, returnsAndTraffickingFromMarch));
        assertThat(new AgreementList(List.of(revoked)).inForce(T)).isEmpty();
        assertThat(list.inForce(T.plusSeconds(86_400 * 366))).isEmpty();
    }

    @Test
    void a_scope_holds_one_partner_and_at_least_one_agreement() {
        AgreementView other = new AgreementView(new AgreementId("A-other"), "researcher", returnsInDhaka.terms(), false,
                null, T);
        assertThatThrownBy(() -> new PartnerScope(List.of(returnsInDhaka, other)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartnerScope(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(both.partner()).isEqualTo("donor");
    }
}
