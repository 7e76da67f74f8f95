package org.setu.kernel.referral;

import org.setu.kernel.common.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.setu.kernel.referral.ReferralStatus.ACCEPTED;
import static org.setu.kernel.referral.ReferralStatus.COMPLETED;
import static org.setu.kernel.referral.ReferralStatus.DECLINED;
import static org.setu.kernel.referral.ReferralStatus.FAILED;
import static org.setu.kernel.referral.ReferralStatus.IN_PROGRESS;
import static org.setu.kernel.referral.ReferralStatus.REQUESTED;
import static org.setu.kernel.referral.ReferralStatus.WITHDRAWN;

/**
 * The steps that move a referral along its lifecycle (docs/lifecycle.md), as one table: which side of the referral
 * takes each, with which roles, from which statuses, and where it leads. The case rules enforce it; the console
 * offers a caller only the steps it allows; neither writes the table again.
 */
public enum ReferralStep {
    ACCEPT("Accepting", Side.RECEIVING, EnumSet.of(Role.FOCAL_POINT), EnumSet.of(REQUESTED), ACCEPTED),
    DECLINE("Declining", Side.RECEIVING, EnumSet.of(Role.FOCAL_POINT), EnumSet.of(REQUESTED), DECLINED),
    START("Starting the service", Side.RECEIVING, Role.CASE_STAFF, EnumSet.of(ACCEPTED), IN_PROGRESS),
    COMPLETE("Completing", Side.RECEIVING, Role.CASE_STAFF, EnumSet.of(ACCEPTED, IN_PROGRESS), COMPLETED),
    FAIL("Failing", Side.RECEIVING, Role.CASE_STAFF, EnumSet.of(ACCEPTED, IN_PROGRESS), FAILED),
    WITHDRAW("Withdrawing", Side.REFERRING, Role.CASE_STAFF, ReferralStatus.active(), WITHDRAWN);

    /** The agency at either end of a referral. */
    public enum Side { RECEIVING, REFERRING }

    private final String action;
    private final Side side;
    private final Set<Role> roles; // EnumSets, never handed out: their order is the enums'
    private final Set<ReferralStatus> from;
    private final ReferralStatus leadsTo;

    ReferralStep(String action, Side side, Set<Role> roles, Set<ReferralStatus> from, ReferralStatus leadsTo) {
        this.action = action;
        this.side = side;
        this.roles = EnumSet.copyOf(roles);
        this.from = EnumSet.copyOf(from);
        this.leadsTo = leadsTo;
    }

    /** How a refusal names the step ("Accepting … requires the role …"). */
    public String action() {
        return action;
    }

    /** Of what a referral keeps per side (its agencies, the words for them), the one on this step's side. */
    public <T> T onItsSide(T referring, T receiving) {
        return side == Side.RECEIVING ? receiving : referring;
    }

    /** The roles, any one of which may take the step, in {@link Role}'s order. */
    public Role[] roles() {
        return roles.toArray(Role[]::new);
    }

    /** The statuses the step may be taken from, in the lifecycle's order. */
    public ReferralStatus[] from() {
        return from.toArray(ReferralStatus[]::new);
    }

    public boolean isFrom(ReferralStatus status) {
        return from.contains(status);
    }

    public ReferralStatus leadsTo() {
        return leadsTo;
    }

    /** Whether staff of the agency on the step's side, holding these roles, may take it from this status. */
    public boolean allows(Set<Role> callerRoles, ReferralStatus status) {
        return callerRoles.stream().anyMatch(roles::contains) && isFrom(status);
    }

    /** The step's name in the web API's and the console's paths ({@code …/referrals/{id}/accept}). */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The step a path names, if any. */
    public static Optional<ReferralStep> ofPath(String path) {
        return Arrays.stream(values()).filter(step -> step.path().equals(path)).findFirst();
    }

    /**
     * Taking it ends the taker's need-to-know: the receiving agency declines, completes or fails the referral, and
     * (unless another referral keeps it on the case) no longer sees the case.
     */
    public boolean endsTakersAccess() {
        return side == Side.RECEIVING && !leadsTo.isActive();
    }
}
