package org.setu.kernel.sharing;

import java.util.List;
import java.time.Instant;
import java.util.Optional;

/** A list of agreements, ordered by id. */
public record AgreementList(List<AgreementView> agreements) {

    /** What the agreements in force at {@code now} let their partner see; empty when none is in force. */
    public Optional<PartnerScope> inForce(Instant now) {
        List<AgreementView> inForce = agreements.stream().filter(a -> a.inForce(now)).toList();
        return inForce.isEmpty() ? Optional.empty() : Optional.of(new PartnerScope(inForce));
    }

    public AgreementList {
        agreements = List.copyOf(agreements);
    }
}
