package org.setu.api.problem;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * The page each problem type URI resolves to ({@code /problems/<code>}) and an index ({@code /problems}), public
 * like the API document: what the problem means and what the client can do about it.
 */
@RestController
@Hidden
public class ProblemPageController {

    private static final String STYLE = "<style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;"
            + "padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2rem}</style>";

    @GetMapping(path = "/problems", produces = MediaType.TEXT_HTML_VALUE)
    public String index() {
        StringBuilder rows = new StringBuilder();
        for (ProblemCatalog.Type type : ProblemCatalog.get().all()) {
            rows.append("<tr><td><a href=\"problems/").append(type.code()).append("\">").append(type.code())
                    .append("</a></td><td>").append(type.status()).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(type.title())).append("</td></tr>\n");
        }
        return page("Setu API problem types", "<h1>Setu API problem types</h1>\n<p>Every error of the API is an "
                + "RFC 9457 problem document (<code>application/problem+json</code>) whose <code>type</code> is "
                + "one of these.</p>\n<table>\n<tr><th>Code</th><th>Status</th><th>Title</th></tr>\n" + rows + "</table>");
    }

    @GetMapping(path = "/problems/{code}", produces = MediaType.TEXT_HTML_VALUE)
    public String type(@PathVariable String code) {
        ProblemCatalog.Type type = ProblemCatalog.get().find(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(type.title() + " - Setu API problem", "<h1>" + HtmlUtils.htmlEscape(type.title()) + "</h1>\n"
                + "<p>Type <code>" + Problems.type(type.code()) + "</code>, HTTP status " + type.status() + ".</p>\n"
                + "<h2>What it means</h2>\n<p>" + prose(type.meaning()) + "</p>\n"
                + "<h2>What to do</h2>\n<p>" + prose(type.remedy()) + "</p>\n"
                + "<p><a href=\"../problems\">All problem types</a></p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title)
                + "</title>" + STYLE + "</head><body>\n" + body + "\n</body></html>\n";
    }

    /** Escaped text, with `backticks` as code. */
    private static String prose(String text) {
        return HtmlUtils.htmlEscape(text).replaceAll("`([^`]*)`", "<code>$1</code>");
    }
}
