package org.setu.kernel.sharing;

import java.util.List;

/** A list of agreements, ordered by id. */
public record AgreementList(List<AgreementView> agreements) {

    public AgreementList {
        agreements = List.copyOf(agreements);
    }
}
