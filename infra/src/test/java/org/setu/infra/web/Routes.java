package org.setu.infra.web;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every route the application serves (from its handler mapping), with path variables filled in: "every endpoint". */
record Routes(List<Route> all) {

    record Route(HttpMethod method, String pattern, String path) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static Routes of(ApplicationContext context) {
        List<Route> routes = new ArrayList<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                .forEach((info, method) -> {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    for (var pattern : info.getPatternsCondition().getPatterns()) {
                        if (console(pattern.getPatternString())) {
                            continue;
                        }
                        String path = pattern.getPatternString().replaceAll("\\{[^}]+}", "x1");
                        for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                            routes.add(new Route(HttpMethod.valueOf(m.name()), pattern.getPatternString(), path));
                        }
                    }
                });
        if (routes.size() < 40) {
            throw new IllegalStateException("Expected every API route, found only " + routes);
        }
        return new Routes(List.copyOf(routes));
    }

    /**
     * The web console's pages take a session, never a bearer token (ConsoleSessionTest covers them); so do the
     * public scorecards' pages, which need neither (PublicScorecardTest).
     */
    private static boolean console(String pattern) {
        return pattern.equals("/") || pattern.equals("/login") || pattern.equals("/set-password") || pattern.startsWith("/console")
                || pattern.equals("/scorecards") || pattern.startsWith("/scorecards/");
    }

    /**
     * The staff API: everything under /api/v1 except the partners' feeds, webhooks and agreement list, logins, setting
     * a password by one-time link, and the public scorecards (anyone reads them, a partner too).
     */
    List<Route> staff() {
        return all.stream().filter(r -> r.pattern().startsWith("/api/v1/"))
                .filter(r -> !r.pattern().startsWith("/api/v1/feeds") && !r.pattern().startsWith("/api/v1/webhooks"))
                .filter(r -> !(r.method() == HttpMethod.GET && r.pattern().equals("/api/v1/agreements")))
                .filter(r -> !r.pattern().equals("/api/v1/auth/token") && !r.pattern().equals("/api/v1/auth/set-password"))
                .filter(r -> !r.pattern().startsWith("/api/v1/scorecards"))
                .toList();
    }
}
