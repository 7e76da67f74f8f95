package org.setu.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * RFC 9457 problem details with Setu's stable type URIs: {@code <base><code>}, by default
 * {@code https://setu.example/problems/<code>}. An operator sets {@code setu.problems.base-uri} to
 * {@code <public URL>/problems/} so that each type resolves to the page Setu serves for it.
 */
public final class Problems {

    /** The default base, kept as it was so that clients matching on types keep working. */
    public static final String TYPE_BASE = "https://setu.example/problems/";

    private static volatile String base = TYPE_BASE;

    private Problems() {
    }

    /** Set once at start-up from {@code setu.problems.base-uri}; a missing trailing slash is added. */
    public static void useBase(String configured) {
        String candidate = configured == null || configured.isBlank() ? TYPE_BASE : configured.strip();
        URI checked = URI.create(candidate.endsWith("/") ? candidate : candidate + "/");
        if (!checked.isAbsolute()) {
            throw new IllegalArgumentException("setu.problems.base-uri must be an absolute URI: " + configured);
        }
        base = checked.toString();
    }

    public static String base() {
        return base;
    }

    public static URI type(String code) {
        return URI.create(base + code);
    }

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(code));
        problem.setTitle(title);
        return problem;
    }
}
