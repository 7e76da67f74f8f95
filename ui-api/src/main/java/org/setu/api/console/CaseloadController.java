package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** The agency's caseload: cases it leads or has an active referral on, filtered by status and category, 20 a page. */
@Controller
@Hidden // pages for people, not part of the API document
public class CaseloadController {

    private final ConsoleGateway api;

    public CaseloadController(ConsoleGateway api) {
        this.api = api;
    }

    @GetMapping("/console/cases")
    public Mono<Rendering> caseload(@AuthenticationPrincipal Jwt jwt,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String category,
                                    @RequestParam(defaultValue = "0") int page) {
        var filters = new ConsoleForms.Action(new LinkedMultiValueMap<>(
                Map.of("status", nullable(status), "category", nullable(category))));
        CaseStatus s = filters.choice(CaseStatus.class, "status");
        CaseCategory c = filters.choice(CaseCategory.class, "category");
        return api.caseload(jwt, s, c, page).map(cases -> Rendering.view("console/cases")
                .modelAttribute("cases", cases).modelAttribute("status", s).modelAttribute("category", c)
                .modelAttribute("pages", cases.pages())
                .build());
    }

    private static List<String> nullable(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
