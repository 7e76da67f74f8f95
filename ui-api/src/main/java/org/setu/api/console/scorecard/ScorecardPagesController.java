package org.setu.api.console.scorecard;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.scorecard.ScorecardController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * The public scorecards as pages, without signing in: a search by licence or name, and one agency's scorecard.
 * They ask the API's own handlers, so the page shows exactly what the JSON does (and an unknown licence is the
 * console's not-found page). Plain links and a GET form: nothing here needs a script.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class ScorecardPagesController {

    private final ScorecardController scorecards;

    public ScorecardPagesController(ScorecardController scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping("/scorecards")
    public Mono<Rendering> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page) {
        return scorecards.list(q, page, 50).map(found -> Rendering.view("public/scorecards")
                .modelAttribute("found", found).modelAttribute("q", q == null ? "" : q).build());
    }

    @GetMapping("/scorecards/{licence}")
    public Mono<Rendering> one(@PathVariable String licence) {
        return scorecards.get(licence).map(card -> Rendering.view("public/scorecard").modelAttribute("s", card).build());
    }
}
