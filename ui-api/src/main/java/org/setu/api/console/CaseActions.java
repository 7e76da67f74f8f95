package org.setu.api.console;

import org.setu.api.referral.CaseDetail;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.ReferralStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which forms the case page offers a caller, after the lifecycle's "who may do what" (docs/lifecycle.md). This only
 * decides what to show: the command side still decides, and its refusal is shown on the form.
 */
public record CaseActions(boolean refer, boolean note, boolean close, boolean reopen, boolean overrideConsent,
                          Map<String, List<String>> onReferral, boolean offerLead) {

    public static CaseActions of(CaseDetail c, AgencyId agency, Set<Role> roles) {
        boolean open = c.status() == CaseStatus.OPEN;
        boolean lead = c.leadAgency().equals(agency.value());
        boolean staff = roles.contains(Role.CASEWORKER) || roles.contains(Role.FOCAL_POINT);
        boolean focal = roles.contains(Role.FOCAL_POINT);
        boolean onCase = lead || c.referrals().stream()
                .anyMatch(r -> r.status().isActive() && r.toAgency().equals(agency.value()));
        Map<String, List<String>> referrals = new LinkedHashMap<>();
        for (CaseDetail.Referral r : c.referrals()) {
            List<String> actions = new ArrayList<>();
            if (open && staff && r.toAgency().equals(agency.value())) {
                if (r.status() == ReferralStatus.REQUESTED && focal) {
                    actions.addAll(List.of("accept", "decline"));
                }
                if (r.status() == ReferralStatus.ACCEPTED) {
                    actions.add("start");
                }
                if (r.status() == ReferralStatus.ACCEPTED || r.status() == ReferralStatus.IN_PROGRESS) {
                    actions.addAll(List.of("complete", "fail"));
                }
            }
            if (open && staff && r.fromAgency().equals(agency.value()) && r.status().isActive()) {
                actions.add("withdraw");
            }
            referrals.put(r.referralId(), List.copyOf(actions));
        }
        return new CaseActions(open && onCase && staff, open && onCase && staff, open && lead && staff,
                !open && lead && staff, open && lead && focal, referrals,
                open && lead && focal && c.transferTarget() == null);
    }

    public List<String> on(String referralId) {
        return onReferral.getOrDefault(referralId, List.of());
    }
}
