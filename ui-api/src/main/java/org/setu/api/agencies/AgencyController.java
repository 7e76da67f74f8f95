package org.setu.api.agencies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.reference.ReferenceChecks;
import org.setu.api.reference.ReferenceLists;
import org.setu.api.security.Caller;
import org.setu.kernel.agency.*;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.FieldErrors;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.query.AgencyStaff;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.query.FindAgencyStaffQuery;
import org.setu.kernel.query.FindAgenciesQuery;
import org.setu.kernel.query.FindAgencyQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** The agency registry and service directory. */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Directory")
@SecurityRequirement(name = "bearer")
public class AgencyController {

    private final ApiCommands commands;
    private final ApiQueries queries;
    private final ReservedAgencyIds reserved;

    public AgencyController(ApiCommands commands, ApiQueries queries, ReservedAgencyIds reserved) {
        this.commands = commands;
        this.queries = queries;
        this.reserved = reserved;
    }

    /** {@code POST /api/v1/agencies} and {@code PUT /api/v1/agencies/{id}}. */
    public record AgencyBody(String agencyId, String name, AgencyType type, List<ServiceOffering> services) {

        /** The services with each district as Setu stores it (its English name); every unknown district refused. */
        List<ServiceOffering> servicesAsStored() {
            if (services == null) {
                return null;
            }
            FieldErrors errors = new FieldErrors();
            List<ServiceOffering> stored = new ArrayList<>();
            for (int i = 0; i < services.size(); i++) {
                ServiceOffering offering = services.get(i);
                if (offering == null) {
                    stored.add(null);
                    continue;
                }
                Set<String> districts = new LinkedHashSet<>();
                int j = 0;
                for (String district : offering.districts()) {
                    String field = "services[" + i + "].districts[" + j++ + "]";
                    String known = errors.check(district, d -> ReferenceChecks.district(d, field));
                    if (known != null) {
                        districts.add(known);
                    }
                }
                if (!errors.isEmpty()) {
                    continue;
                }
                stored.add(new ServiceOffering(offering.serviceType(), districts, offering.languages(),
                        offering.intakeHours()));
            }
            errors.throwIfAny();
            return stored;
        }
    }

    /** A person's membership of an agency. */
    public record StaffBody(String staffId, String name, Set<Role> roles) {
    }

    /** A reason. */
    public record ReasonBody(String reason) {
    }

    @PostMapping
    @Operation(summary = "Register an agency (SECRETARIAT_ADMIN); an existing id is a 409")
    public Mono<ResponseEntity<Object>> register(@AuthenticationPrincipal Jwt jwt, @RequestBody AgencyBody body,
                                                 ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        AgencyId id = new AgencyId(Checks.required(body.agencyId(), "agencyId"));
        return commands.idempotent(exchange, caller, body, () -> reserved.requireAgencyIdFree(id)
                .then(commands.send(exchange, new RegisterAgencyCommand(id,
                        body.name(), body.type(), body.servicesAsStored(), commands.stamp(exchange, caller))))
                .then(listed(id))
                .thenReturn(ResponseEntity.created(URI.create("/api/v1/agencies/" + id))
                        .body((Object) Map.of("agencyId", id.value()))));
    }

    @GetMapping
    @Operation(summary = "The service directory, filtered by service type, district and language")
    @SuppressWarnings("unchecked")
    public Mono<List<AgencyView>> directory(@RequestParam(required = false) ServiceType serviceType,
                                            @RequestParam(required = false) String district,
                                            @RequestParam(required = false) String language) {
        // A district by any of its names finds the agencies serving it; one the list does not know finds none.
        return queries.ask(new FindAgenciesQuery(serviceType, ReferenceLists.shipped().storedDistrict(district), language),
                ResponseTypes.multipleInstancesOf(AgencyView.class));
    }

    @GetMapping("/{agencyId}")
    @Operation(summary = "One agency of the directory")
    public Mono<AgencyView> get(@PathVariable String agencyId) {
        return existing(agencyId);
    }

    @PutMapping("/{agencyId}")
    @Operation(summary = "Update an agency's profile and services (its AGENCY_ADMIN or SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> update(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                               @RequestBody AgencyBody body, ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.AGENCY_ADMIN, Role.SECRETARIAT_ADMIN);
        return change(agencyId, caller, body, exchange, (id, stamp) -> new UpdateAgencyCommand(id, body.name(), body.type(),
                body.servicesAsStored(), stamp));
    }

    @PostMapping("/{agencyId}/suspend")
    @Operation(summary = "Suspend an agency (SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> suspend(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                                @RequestBody ReasonBody body, ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return change(agencyId, caller, body, exchange, (id, stamp) -> new SuspendAgencyCommand(id, body.reason(), stamp));
    }

    @PostMapping("/{agencyId}/reactivate")
    @Operation(summary = "Lift an agency's suspension (SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> reactivate(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                                   @RequestBody ReasonBody body, ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return change(agencyId, caller, body, exchange, (id, stamp) -> new ReactivateAgencyCommand(id, body.reason(), stamp));
    }

    @PostMapping("/{agencyId}/staff")
    @Operation(summary = "Add a staff member with roles, or change their roles (its AGENCY_ADMIN or SECRETARIAT_ADMIN)")
    public Mono<ResponseEntity<Object>> addStaff(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                                 @RequestBody StaffBody body, ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.AGENCY_ADMIN, Role.SECRETARIAT_ADMIN);
        StaffId staff = new StaffId(Checks.required(body.staffId(), "staffId"));
        return change(agencyId, caller, body, exchange, (id, stamp) -> new AddStaffMemberCommand(id, staff, body.name(),
                body.roles(), stamp));
    }

    @GetMapping("/{agencyId}/staff")
    @Operation(summary = "The agency's staff members and their roles (its AGENCY_ADMIN or SECRETARIAT_ADMIN)")
    public Mono<AgencyStaff> staff(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId) {
        Caller caller = Caller.of(jwt);
        return known(agencyId).flatMap(id -> {
            AgencyAdmins.require(caller.actor(), id, "Reading the staff list");
            return queries.ask(new FindAgencyStaffQuery(id), AgencyStaff.class);
        });
    }

    @PostMapping("/{agencyId}/staff/{staffId}/remove")
    @Operation(summary = "Remove a staff member, with the reason")
    public Mono<ResponseEntity<Object>> removeStaff(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                                    @PathVariable String staffId, @RequestBody ReasonBody body,
                                                    ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt).require(Role.AGENCY_ADMIN, Role.SECRETARIAT_ADMIN);
        return change(agencyId, caller, body, exchange, (id, stamp) -> new RemoveStaffMemberCommand(id, new StaffId(staffId),
                body.reason(), stamp));
    }

    /**
     * A change to a known agency (else 404), once per {@code Idempotency-Key} like every command of the API (a repeat
     * answers as the first time; the same key with another body is refused), answered once every projection has it:
     * read your writes.
     */
    private Mono<ResponseEntity<Object>> change(String agencyId, Caller caller, Object body, ServerWebExchange exchange,
                                                BiFunction<AgencyId, Stamp, AgencyCommand> command) {
        return commands.idempotent(exchange, caller, body, () -> known(agencyId)
                .flatMap(id -> commands.send(exchange, command.apply(id, commands.stamp(exchange, caller))))
                .then(commands.awaitProjections()).thenReturn(ResponseEntity.noContent().build()));
    }

    private Mono<AgencyView> find(AgencyId id) {
        return queries.ask(new FindAgencyQuery(id), AgencyView.class);
    }

    /** The agency of the directory, or a 404 problem. */
    private Mono<AgencyView> existing(String agencyId) {
        return find(new AgencyId(agencyId)).switchIfEmpty(Mono.error(
                new UnknownResourceException(ErrorCode.AGENCY_NOT_FOUND, "No agency " + agencyId)));
    }

    private Mono<AgencyId> known(String agencyId) {
        return existing(agencyId).map(AgencyView::agencyId);
    }

    /** Read your writes: wait (bounded) until the directory lists the new agency. */
    private Mono<Boolean> listed(AgencyId id) {
        return commands.awaitProjections();
    }
}
