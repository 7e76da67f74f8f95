package org.setu.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.admin.FindProjectionsQuery;
import org.setu.kernel.admin.ProjectionList;
import org.setu.kernel.common.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The projections an administrator may rebuild, with where each one's last rebuild stands (SECRETARIAT_ADMIN). */
@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
public class ProjectionsController {

    private final ApiQueries queries;

    public ProjectionsController(ApiQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Every rebuildable projection, with its last rebuild: state, events done of total")
    public Mono<ProjectionList> list(@AuthenticationPrincipal Jwt jwt) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return queries.ask(new FindProjectionsQuery(), ProjectionList.class);
    }
}
