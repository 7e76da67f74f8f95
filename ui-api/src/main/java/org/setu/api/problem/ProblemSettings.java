package org.setu.api.problem;

import org.springframework.boot.context.properties.bind.DefaultValue;

/** Problem types' base ({@code setu.problems.base-uri}): set to {@code <public URL>/problems/} so each type is Setu's page. */
public record ProblemSettings(@DefaultValue(Problems.TYPE_BASE) String baseUri) {
}
