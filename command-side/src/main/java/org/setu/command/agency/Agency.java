package org.setu.command.agency;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.setu.command.common.RecentCommands;
import org.setu.kernel.agency.AddStaffMemberCommand;
import org.setu.kernel.agency.AgencyReactivatedEvent;
import org.setu.kernel.agency.AgencyRegisteredEvent;
import org.setu.kernel.agency.AgencySuspendedEvent;
import org.setu.kernel.agency.AgencyUpdatedEvent;
import org.setu.kernel.agency.ReactivateAgencyCommand;
import org.setu.kernel.agency.RegisterAgencyCommand;
import org.setu.kernel.agency.RemoveStaffMemberCommand;
import org.setu.kernel.agency.StaffMemberAddedEvent;
import org.setu.kernel.agency.StaffMemberRemovedEvent;
import org.setu.kernel.agency.SuspendAgencyCommand;
import org.setu.kernel.agency.UpdateAgencyCommand;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ConflictException;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An agency's entry in the network's registry: its profile, services, status and staff. */
public class Agency {

    private static final Set<Role> STAFF_ROLES = EnumSet.of(Role.CASEWORKER, Role.FOCAL_POINT, Role.AGENCY_ADMIN);

    @AggregateIdentifier
    private AgencyId agencyId;
    private boolean suspended;
    private final Set<StaffId> staff = new HashSet<>();
    private final RecentCommands recent = new RecentCommands();

    protected Agency() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterAgencyCommand cmd) {
        if (agencyId != null) {
            if (recent.contains(cmd.stamp().commandId())) {
                return;
            }
            throw new ConflictException(ErrorCode.AGENCY_ALREADY_REGISTERED, "Agency '" + cmd.agencyId() + "' exists");
        }
        cmd.stamp().actor().requireRole("Registering an agency", Role.SECRETARIAT_ADMIN);
        apply(new AgencyRegisteredEvent(cmd.agencyId(), cmd.name(), cmd.type(), cmd.services(), cmd.stamp()));
    }

    @CommandHandler
    void handle(UpdateAgencyCommand cmd) {
        if (recent.contains(cmd.stamp().commandId())) {
            return;
        }
        requireAdminOfThisAgency(cmd.stamp().actor(), "Updating an agency");
        apply(new AgencyUpdatedEvent(agencyId, cmd.name(), cmd.type(), cmd.services(), cmd.stamp()));
    }

    @CommandHandler
    void handle(SuspendAgencyCommand cmd) {
        if (recent.contains(cmd.stamp().commandId())) {
            return;
        }
        cmd.stamp().actor().requireRole("Suspending an agency", Role.SECRETARIAT_ADMIN);
        if (suspended) {
            throw new RuleViolationException(ErrorCode.AGENCY_ALREADY_SUSPENDED, "Agency '" + agencyId + "' is suspended already");
        }
        apply(new AgencySuspendedEvent(agencyId, cmd.reason(), cmd.stamp()));
    }

    @CommandHandler
    void handle(ReactivateAgencyCommand cmd) {
        if (recent.contains(cmd.stamp().commandId())) {
            return;
        }
        cmd.stamp().actor().requireRole("Reactivating an agency", Role.SECRETARIAT_ADMIN);
        if (!suspended) {
            throw new RuleViolationException(ErrorCode.AGENCY_NOT_SUSPENDED, "Agency '" + agencyId + "' is not suspended");
        }
        apply(new AgencyReactivatedEvent(agencyId, cmd.reason(), cmd.stamp()));
    }

    @CommandHandler
    void handle(AddStaffMemberCommand cmd) {
        if (recent.contains(cmd.stamp().commandId())) {
            return;
        }
        requireAdminOfThisAgency(cmd.stamp().actor(), "Managing staff");
        if (cmd.roles().isEmpty() || !STAFF_ROLES.containsAll(cmd.roles())) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT,
                    "Agency staff roles are one or more of " + STAFF_ROLES + "; got " + cmd.roles());
        }
        apply(new StaffMemberAddedEvent(agencyId, cmd.staffId(), cmd.name(), cmd.roles(), cmd.stamp()));
    }

    @CommandHandler
    void handle(RemoveStaffMemberCommand cmd) {
        if (recent.contains(cmd.stamp().commandId())) {
            return;
        }
        requireAdminOfThisAgency(cmd.stamp().actor(), "Managing staff");
        if (!staff.contains(cmd.staffId())) {
            throw new RuleViolationException(ErrorCode.STAFF_NOT_FOUND, cmd.staffId() + " is not staff of " + agencyId);
        }
        apply(new StaffMemberRemovedEvent(agencyId, cmd.staffId(), cmd.reason(), cmd.stamp()));
    }

    private void requireAdminOfThisAgency(Actor actor, String action) {
        if (actor.hasAnyRole(Role.SECRETARIAT_ADMIN)) {
            return;
        }
        actor.requireRole(action, Role.AGENCY_ADMIN, Role.SECRETARIAT_ADMIN);
        if (!actor.actsFor(agencyId)) {
            throw new ForbiddenActionException(ErrorCode.NOT_AGENCY_MEMBER,
                    action + " of '" + agencyId + "' is for its own AGENCY_ADMIN");
        }
    }

    private void remember(Stamp stamp) {
        recent.remember(stamp.commandId());
    }

    @EventSourcingHandler
    void on(AgencyRegisteredEvent e) {
        agencyId = e.agencyId();
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(AgencyUpdatedEvent e) {
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(AgencySuspendedEvent e) {
        suspended = true;
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(AgencyReactivatedEvent e) {
        suspended = false;
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(StaffMemberAddedEvent e) {
        staff.add(e.staffId());
        remember(e.stamp());
    }

    @EventSourcingHandler
    void on(StaffMemberRemovedEvent e) {
        staff.remove(e.staffId());
        remember(e.stamp());
    }
}
