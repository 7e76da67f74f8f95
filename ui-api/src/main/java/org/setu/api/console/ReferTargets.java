package org.setu.api.console;

import org.setu.api.referral.CaseDetail;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.referral.Consent;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which agencies the refer form marks as outside the subject's consent: those the kernel's one rule
 * ({@link Consent#allows}: consent by name or type, or the lead's override) does not allow. The form still offers
 * them — a focal point may override — and the command side decides. Without the consent (only the lead sees it)
 * none is marked.
 */
final class ReferTargets {

    private ReferTargets() {
    }

    static Set<String> outsideConsent(CaseDetail.Consent recorded, List<AgencyView> agencies) {
        if (recorded == null) {
            return Set.of();
        }
        Consent consent = new Consent(ids(recorded.agencies()), recorded.agencyTypes(), recorded.purposes());
        Set<AgencyId> overrides = ids(recorded.overrides());
        return agencies.stream().filter(a -> !consent.allows(a.agencyId(), a.type(), overrides))
                .map(a -> a.agencyId().value()).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<AgencyId> ids(Set<String> values) {
        return values == null ? Set.of() : values.stream().map(AgencyId::new).collect(Collectors.toUnmodifiableSet());
    }
}
