package org.setu.command.agency;

import org.setu.kernel.agency.*;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;


/**
 * The rules of the agency registry as one pure function: {@link #decide} returns the event a command makes, or
 * refuses with a named {@code SetuException}. The secretariat registers, suspends and reactivates; an agency's own
 * AGENCY_ADMIN (or the secretariat) updates its profile and manages its staff.
 */
final class AgencyRules {


    private AgencyRules() {
    }

    static AgencyEvent decide(AgencyCommand command, AgencyState state) {
        if (command instanceof RegisterAgencyCommand c) return register(c, state);
        if (command instanceof UpdateAgencyCommand c) return update(c, state);
        if (command instanceof SuspendAgencyCommand c) return suspend(c, state);
        if (command instanceof ReactivateAgencyCommand c) return reactivate(c, state);
        if (command instanceof AddStaffMemberCommand c) return addStaff(c, state);
        if (command instanceof RemoveStaffMemberCommand c) return removeStaff(c, state);
        throw new IllegalArgumentException("No agency rule decides " + command.getClass().getName());
    }

    private static AgencyEvent register(RegisterAgencyCommand cmd, AgencyState state) {
        if (state.exists()) {
            throw new ConflictException(ErrorCode.AGENCY_ALREADY_REGISTERED, "Agency '" + cmd.agencyId() + "' exists");
        }
        cmd.stamp().actor().requireRole("Registering an agency", Role.SECRETARIAT_ADMIN);
        return new AgencyRegisteredEvent(cmd.agencyId(), cmd.name(), cmd.type(), cmd.services(), cmd.stamp());
    }

    private static AgencyEvent update(UpdateAgencyCommand cmd, AgencyState state) {
        requireAdminOfThisAgency(state, cmd.stamp().actor(), "Updating an agency");
        return new AgencyUpdatedEvent(state.agencyId(), cmd.name(), cmd.type(), cmd.services(), cmd.stamp());
    }

    private static AgencyEvent suspend(SuspendAgencyCommand cmd, AgencyState state) {
        cmd.stamp().actor().requireRole("Suspending an agency", Role.SECRETARIAT_ADMIN);
        if (state.suspended()) {
            throw new RuleViolationException(ErrorCode.AGENCY_ALREADY_SUSPENDED,
                    "Agency '" + state.agencyId() + "' is suspended already");
        }
        return new AgencySuspendedEvent(state.agencyId(), cmd.reason(), cmd.stamp());
    }

    private static AgencyEvent reactivate(ReactivateAgencyCommand cmd, AgencyState state) {
        cmd.stamp().actor().requireRole("Reactivating an agency", Role.SECRETARIAT_ADMIN);
        if (!state.suspended()) {
            throw new RuleViolationException(ErrorCode.AGENCY_NOT_SUSPENDED,
                    "Agency '" + state.agencyId() + "' is not suspended");
        }
        return new AgencyReactivatedEvent(state.agencyId(), cmd.reason(), cmd.stamp());
    }

    private static AgencyEvent addStaff(AddStaffMemberCommand cmd, AgencyState state) {
        requireAdminOfThisAgency(state, cmd.stamp().actor(), "Managing staff");
        if (cmd.roles().isEmpty() || !Role.AGENCY_STAFF.containsAll(cmd.roles())) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT,
                    "Agency staff roles are one or more of " + Role.AGENCY_STAFF + "; got " + cmd.roles());
        }
        return new StaffMemberAddedEvent(state.agencyId(), cmd.staffId(), cmd.name(), cmd.roles(), cmd.stamp());
    }

    private static AgencyEvent removeStaff(RemoveStaffMemberCommand cmd, AgencyState state) {
        requireAdminOfThisAgency(state, cmd.stamp().actor(), "Managing staff");
        if (!state.staff().contains(cmd.staffId())) {
            throw new RuleViolationException(ErrorCode.STAFF_NOT_FOUND,
                    cmd.staffId() + " is not staff of " + state.agencyId());
        }
        return new StaffMemberRemovedEvent(state.agencyId(), cmd.staffId(), cmd.reason(), cmd.stamp());
    }

    private static void requireAdminOfThisAgency(AgencyState state, Actor actor, String action) {
        AgencyAdmins.require(actor, state.agencyId(), action);
    }
}
