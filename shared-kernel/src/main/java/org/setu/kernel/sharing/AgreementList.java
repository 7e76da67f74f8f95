package org.setu.kernel.sharing;

import java.util.List;
import java.time.Instant;
import java.util.Optional;

/** A list of agreements, ordered by id. */
public record AgreementList(List<AgreementView> agreements) {

    /** The first agreement in force at {@code now} (a partner's scope), if any. */
    public Optional<AgreementView> inForce(Instant now) {
        return agreements.stream().filter(a -> a.inForce(now)).findFirst();
    }

    public AgreementList {
        agreements = List.copyOf(agreements);
    }
}
