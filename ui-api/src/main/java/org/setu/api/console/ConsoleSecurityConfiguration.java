package org.setu.api.console;

import org.setu.api.accounts.StaffLogins;
import org.setu.api.security.AuthSettings;
import org.setu.api.security.SetuTokenConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The console's own filter chain, ahead of the API's: sessions instead of bearer tokens, CSRF tokens on every form,
 * anonymous callers sent to the login page. It matches only the console's paths, so the API's rules stay as they are.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurityConfiguration {

    static final String[] PATHS = {"/", "/login", "/logout", "/console", "/console/**", "/set-password",
            "/oauth2/authorization/**", "/login/oauth2/code/**", "/scorecards", "/scorecards/*"};
    /** Scripts, styles and fonts come from Setu itself; htmx is told not to add inline styles (see layout). */
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
    private static final byte[] REFUSED = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Request refused</title></head><body><main><h1>Request refused</h1>"
            + "<p>The form had expired or you may not do this. <a href=\"/console\">Back to the console</a></p>"
            + "<p lang=\"bn\">ফর্মটির মেয়াদ শেষ হয়েছে অথবা এই কাজের অনুমতি আপনার নেই। <a href=\"/console\">কনসোলে ফিরে যান</a></p>"
            + "</main></body></html>").getBytes(StandardCharsets.UTF_8);

    @Bean
    public ConsoleSessions consoleSessions(StaffLogins logins) {
        return new ConsoleSessions(logins);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    public SecurityWebFilterChain consoleSecurityWebFilterChain(ServerHttpSecurity http, ConsoleSessions sessions,
                                                                AuthSettings auth, ConsoleSettings console,
                                                                ReactiveJwtDecoder decoder) {
        var loggedOut = new RedirectServerLogoutSuccessHandler();
        loggedOut.setLogoutSuccessUrl(URI.create("/login?loggedOut=true"));
        if (auth.external()) {
            // People sign in at the network's issuer (authorization code with PKCE); see IssuerLogin.
            var authorizedClients = new WebSessionServerOAuth2AuthorizedClientRepository();
            var login = new IssuerLogin(authorizedClients, decoder, auth.rolesClaim(), sessions);
            http.oauth2Login(oauth -> oauth
                    .clientRegistrationRepository(new IssuerRegistration(auth.issuerUri(), console.issuerClientId()))
                    .authorizedClientRepository(authorizedClients)
                    .authenticationSuccessHandler(login)
                    .authenticationFailureHandler(login));
        }
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATHS))
                .securityContextRepository(sessions)
                .csrf(csrf -> csrf.csrfTokenRepository(sessions.csrfTokens())
                        .accessDeniedHandler((exchange, denied) -> refused(exchange)))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(logout -> logout.requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/logout"))
                        .logoutHandler((exchange, authentication) -> sessions.end(exchange.getExchange()))
                        .logoutSuccessHandler(loggedOut))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY)))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/", "/login", "/console/assets/**", "/set-password", "/oauth2/authorization/**",
                                "/login/oauth2/code/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/scorecards", "/scorecards/*").permitAll()
                        .pathMatchers("/console", "/console/**").hasAuthority(SetuTokenConverter.STAFF)
                        .anyExchange().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler((exchange, denied) -> refused(exchange)))
                .build();
    }

    private static Mono<Void> refused(ServerWebExchange exchange) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(REFUSED)));
    }
}
