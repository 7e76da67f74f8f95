package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.agencies.AgencyController;
import org.setu.api.reference.ReferenceLists;
import org.setu.api.security.Caller;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.setu.kernel.query.AgencyStaff;
import org.setu.kernel.query.AgencyView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The secretariat administrator's agency screens, through the API's own {@link AgencyController} (its role checks,
 * the registry's rules, its refusals): every agency with the registration form, and one agency with its profile and
 * services, suspension or reactivation, and staff added or removed.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class AgencyPagesController {

    private static final Set<String> ACTIONS = Set.of("edit", "suspend", "reactivate", "staff", "staff-remove");

    private final AgencyController api;
    private final ConsoleRefusals refusals;

    public AgencyPagesController(AgencyController api, ConsoleRefusals refusals) {
        this.api = api;
        this.refusals = refusals;
    }

    @GetMapping("/console/agencies")
    public Mono<Rendering> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String done) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return list(AgencyProfile.empty(), null, done);
    }

    @PostMapping("/console/agencies")
    public Mono<Rendering> register(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return exchange.getFormData().map(ConsoleForms.Action::new).flatMap(form -> Mono
                .defer(() -> api.register(jwt, AgencyForms.profile(form, form.text("agencyId")), exchange))
                .thenReturn(Rendering.redirectTo(path(form.text("agencyId")) + "?done=agencyRegistered").build())
                .onErrorResume(e -> list(AgencyProfile.typed(form), refused(e, "register", form, exchange), null)));
    }

    @GetMapping("/console/agencies/{agencyId}")
    public Mono<Rendering> agency(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                                  @RequestParam(required = false) String done) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return page(jwt, agencyId, null, null, done);
    }

    @PostMapping("/console/agencies/{agencyId}/{action}")
    public Mono<Rendering> act(@AuthenticationPrincipal Jwt jwt, @PathVariable String agencyId,
                               @PathVariable String action, ServerWebExchange exchange) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        if (!ACTIONS.contains(action)) {
            return Mono.just(Rendering.view("console/not-found").status(HttpStatus.NOT_FOUND).build());
        }
        return exchange.getFormData().map(ConsoleForms.Action::new).flatMap(form -> Mono.defer(() -> switch (action) {
                    case "edit" -> api.update(jwt, agencyId, AgencyForms.profile(form, null), exchange);
                    case "suspend" -> api.suspend(jwt, agencyId, AgencyForms.reason(form), exchange);
                    case "reactivate" -> api.reactivate(jwt, agencyId, AgencyForms.reason(form), exchange);
                    case "staff" -> api.addStaff(jwt, agencyId, AgencyForms.staff(form), exchange);
                    default -> api.removeStaff(jwt, agencyId, staffId(form), AgencyForms.reason(form), exchange);
                })
                .thenReturn(Rendering.redirectTo(path(agencyId) + "?done=agency-" + action).build())
                .onErrorResume(e -> {
                    var refusal = refused(e, action, form, exchange);
                    return refusal.status() == 404 ? Mono.error(e) : page(jwt, agencyId, refusal, form, null);
                }));
    }

    private Mono<Rendering> list(AgencyProfile typed, ConsoleRefusals.Refusal refusal, String done) {
        return api.directory(null, null, null).map(all -> Rendering.view("console/agencies")
                .status(refusal == null ? HttpStatus.OK : HttpStatus.valueOf(refusal.status()))
                .modelAttribute("agencies", all.stream().sorted(Comparator.comparing(AgencyView::name,
                        String.CASE_INSENSITIVE_ORDER)).toList())
                .modelAttribute("profile", typed).modelAttribute("refusal", refusal).modelAttribute("done", done)
                .modelAttribute("agencyTypes", List.of(AgencyType.values())).modelAttribute("staffRoles", List.copyOf(Role.AGENCY_STAFF))
                .build());
    }

    private Mono<Rendering> page(Jwt jwt, String agencyId, ConsoleRefusals.Refusal refusal, ConsoleForms.Action typed,
                                 String done) {
        return Mono.defer(() -> api.get(agencyId)).zipWhen(view -> api.staff(jwt, agencyId)).map(found -> Rendering.view("console/agency")
                .status(refusal == null ? HttpStatus.OK : HttpStatus.valueOf(refusal.status()))
                .modelAttribute("agency", found.getT1())
                .modelAttribute("staff", sorted(found.getT2()))
                .modelAttribute("profile", refusal != null && refusal.on("edit") ? AgencyProfile.typed(typed)
                        : AgencyProfile.of(found.getT1()))
                .modelAttribute("values", typed == null ? null : typed.fields())
                .modelAttribute("refusal", refusal).modelAttribute("done", done)
                .modelAttribute("agencyTypes", List.of(AgencyType.values())).modelAttribute("staffRoles", List.copyOf(Role.AGENCY_STAFF))
                .build());
    }

    /** Members by name as people read them (the collator the directory uses). */
    private static AgencyStaff sorted(AgencyStaff staff) {
        return new AgencyStaff(staff.agencyId(), staff.members().stream()
                .sorted(Comparator.comparing(AgencyStaff.StaffMember::name, ReferenceLists.nameOrder(Locale.ENGLISH))).toList());
    }

    /** The staff roles an agency has (the registry refuses any other). */

    /** The API's refusal; a refused district is marked on the row of its service. */
    private ConsoleRefusals.Refusal refused(Throwable e, String formName, ConsoleForms.Action form,
                                            ServerWebExchange exchange) {
        var refusal = refusals.of(e, formName, exchange);
        List<ServiceType> sent = formName.equals("register") || formName.equals("edit") ? safeOffered(form) : List.of();
        String field = AgencyForms.rowField(refusal.field(), sent);
        return new ConsoleRefusals.Refusal(formName, refusal.code(), refusal.status(), field, refusal.words());
    }

    private static List<ServiceType> safeOffered(ConsoleForms.Action form) {
        try {
            return AgencyForms.offered(form);
        } catch (InvalidInputException forged) {
            return List.of();
        }
    }

    /** The member to remove goes into the API's path; an empty field is refused on the form, like any text. */
    private static String staffId(ConsoleForms.Action form) {
        String staffId = form.text("staffId");
        if (staffId == null) {
            throw new InvalidInputException(ErrorCode.TEXT_REQUIRED, "staffId", "Give the staff member's id");
        }
        return staffId;
    }

    static String path(String agencyId) {
        return "/console/agencies/" + UriUtils.encodePathSegment(agencyId == null ? "" : agencyId, StandardCharsets.UTF_8);
    }
}
