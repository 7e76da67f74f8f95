package org.setu.api.partners;

import org.junit.jupiter.api.Test;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.sharing.AgreementId;
import org.setu.kernel.sharing.AgreementTerms;
import org.setu.kernel.sharing.AgreementView;
import org.setu.kernel.sharing.FeedEntry;
import org.setu.kernel.sharing.FeedEventTypes;
import org.setu.kernel.sharing.IdentifierPolicy;
import org.setu.kernel.sharing.PartnerScope;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What a partner sees of a batch, as both the SSE stream and webhook delivery take it. */
class PartnerEventsTest {

    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");
    private final AtomicInteger pseudonymsMade = new AtomicInteger();
    private final PartnerEvents events = new PartnerEvents((partner, id) -> {
        pseudonymsMade.incrementAndGet();
        return "p_" + partner + "_" + id;
    });
    private final AgreementView returnsOnly = new AgreementView(new AgreementId("A-test"), "donor", new AgreementTerms(
            Set.of(FeedEventTypes.ALL), Set.of(CaseCategory.RETURN_REINTEGRATION), Set.of(), IdentifierPolicy.PSEUDONYMOUS,
            null, T.plusSeconds(86_400)), false, null, T);

    private static FeedEntry entry(long position, CaseCategory category) {
        return new FeedEntry(position, "e" + position, "org.setu.referral.accepted.v1", T, "C" + position, category,
                "Dhaka", Map.of());
    }

    private final List<FeedEntry> batch = List.of(entry(1, CaseCategory.TRAFFICKING),
            entry(2, CaseCategory.RETURN_REINTEGRATION), entry(3, CaseCategory.TRAFFICKING),
            entry(4, CaseCategory.RETURN_REINTEGRATION));

    @Test
    void only_entries_the_agreement_covers_are_visible_in_feed_order_under_pseudonyms() {
        var visible = events.visible(new PartnerScope(List.of(returnsOnly)), batch).toList();
        assertThat(visible).extracting(PartnerEvent::position).containsExactly(2L, 4L);
        assertThat(visible.get(0).json()).contains("\"subject\":\"p_donor_C2\"").doesNotContain("\"C2\"");
    }

    @Test
    void a_reader_taking_only_the_first_renders_only_the_first() {
        assertThat(events.visible(new PartnerScope(List.of(returnsOnly)), batch).findFirst()).hasValueSatisfying(e -> assertThat(e.position()).isEqualTo(2));
        assertThat(pseudonymsMade).hasValue(1);
    }

    @Test
    void a_second_agreement_in_force_adds_its_categories_each_entry_rendered_under_the_agreement_that_covers_it() {
        AgreementView traffickingUnnamed = new AgreementView(new AgreementId("A-test-2"), "donor", new AgreementTerms(
                Set.of(FeedEventTypes.ALL), Set.of(CaseCategory.TRAFFICKING), Set.of(), IdentifierPolicy.NONE,
                null, T.plusSeconds(86_400)), false, null, T.plusSeconds(60));
        var visible = events.visible(new PartnerScope(List.of(returnsOnly, traffickingUnnamed)), batch).toList();
        assertThat(visible).extracting(PartnerEvent::position).containsExactly(1L, 2L, 3L, 4L);
        assertThat(visible.get(0).json()).doesNotContain("\"subject\"").doesNotContain("C1");
        assertThat(visible.get(1).json()).contains("\"subject\":\"p_donor_C2\"");
    }
}
