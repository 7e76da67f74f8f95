package org.setu.kernel.sharing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one partner may see: every agreement of its in force, together. An entry is shown when any of them covers it,
 * under the one that identifies cases best (pseudonyms before none; then the oldest), so a second agreement adds to
 * what the first shares and never hides what the first lets the partner link.
 */
public record PartnerScope(List<AgreementView> agreements) {

    private static final Comparator<AgreementView> IDENTIFIES_BEST = Comparator
            .comparing((AgreementView a) -> a.terms().identifiers() != IdentifierPolicy.PSEUDONYMOUS)
            .thenComparing(AgreementView::createdAt, Comparator.nullsLast(Comparator.naturalOrder()));

    public PartnerScope {
        if (agreements == null || agreements.isEmpty()) {
            throw new IllegalArgumentException("A partner's scope needs at least one agreement in force");
        }
        if (agreements.stream().map(AgreementView::partner).distinct().count() > 1) {
            throw new IllegalArgumentException("A partner's scope holds one partner's agreements only");
        }
        agreements = List.copyOf(agreements);
    }

    /** The partner the agreements are with. */
    public String partner() {
        return agreements.get(0).partner();
    }

    /** The agreement an entry is shown under, if any covers it. */
    public Optional<AgreementView> covering(FeedEntry entry) {
        return agreements.stream().filter(a -> a.covers(entry)).min(IDENTIFIES_BEST);
    }
}
