package org.setu.api.console;

import org.setu.api.referral.CaseDetail;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.ReferralStep;

import java.util.Arrays;
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
        CaseParties parties = CaseParties.of(c);
        boolean lead = parties.leads(agency);
        boolean staff = roles.stream().anyMatch(Role.CASE_STAFF::contains);
        boolean focal = roles.contains(Role.FOCAL_POINT);
        boolean onCase = parties.onCase(agency);
        Map<String, List<String>> referrals = new LinkedHashMap<>();
        for (CaseDetail.Referral r : c.referrals()) {
            referrals.put(r.referralId(), open ? offered(r, agency.value(), roles) : List.of());
        }
        return new CaseActions(open && onCase && staff, open && onCase && staff, open && lead && staff,
                !open && lead && staff, open && lead && focal, referrals,
                open && lead && focal && c.transferTarget() == null);
    }

    /** The steps the caller may take on a referral now, from the one table the case rules enforce. */
    private static List<String> offered(CaseDetail.Referral r, String agency, Set<Role> roles) {
        return Arrays.stream(ReferralStep.values())
                .filter(step -> step.onItsSide(r.fromAgency(), r.toAgency()).equals(agency))
                .filter(step -> step.allows(roles, r.status()))
                .map(ReferralStep::path).toList();
    }

    public List<String> on(String referralId) {
        return onReferral.getOrDefault(referralId, List.of());
    }
}
