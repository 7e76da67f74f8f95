package org.setu.api.console.recruitment;

import org.setu.api.recruitment.ComplaintDetail;
import org.setu.api.security.Caller;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;
import org.setu.kernel.recruitment.ComplaintId;
import org.setu.kernel.recruitment.ComplaintProgress;

import java.util.List;
import java.util.Set;

/**
 * Which forms the complaint page offers a caller. The lifecycle's steps come from the kernel's
 * {@link ComplaintProgress#nextSteps}, by the table the command side's rules refuse by; who may take them follows
 * docs/recruitment.md: the receiving agency's caseworkers and focal points move the complaint, its focal points
 * share it within the consent and link it to a case of the same person, the secretariat's administrators erase
 * the complainant. This only decides what to
 * show: the command side still decides, and its refusal is shown on the form.
 */
public record ComplaintActions(Set<String> steps, List<String> shareWith, boolean erase, boolean linkCase) {

    public static ComplaintActions of(ComplaintDetail c, Caller caller) {
        boolean receiving = caller.actor().actsFor(new AgencyId(c.receivingAgency()))
                && caller.has(Role.CASE_STAFF);
        List<String> taken = c.steps().stream().map(ComplaintDetail.Step::step).toList();
        Set<String> steps = receiving
                ? ComplaintProgress.of(new ComplaintId(c.complaintId()), c.status(), taken, c.amounts().awardBdt(),
                        c.amounts().paidBdt()).nextSteps()
                : Set.of();
        List<String> shareWith = receiving && caller.has(Role.FOCAL_POINT) && !c.status().ended() && c.consent() != null
                ? c.consent().agencies().stream().map(AgencyId::value)
                        .filter(a -> !a.equals(c.receivingAgency()) && !c.sharedWith().contains(a)).sorted().toList()
                : List.of();
        boolean erase = caller.has(Role.SECRETARIAT_ADMIN) && !taken.contains("COMPLAINANT_ERASED");
        boolean linkCase = receiving && !c.status().ended();
        return new ComplaintActions(steps, shareWith, erase, linkCase);
    }

    public boolean any() {
        return !steps.isEmpty() || !shareWith.isEmpty() || erase || linkCase;
    }
}
