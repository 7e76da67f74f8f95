package org.setu.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.setu.api.problem.ProblemWriter;
import org.setu.api.NodeSettings;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * OAuth 2 resource server with bearer JWTs. With {@code SETU_JWT_ISSUER_URI} set, tokens come from that issuer
 * (Keycloak or any OIDC provider) and must carry {@code SETU_JWT_AUDIENCE}; otherwise Setu is its own issuer
 * ({@link EmbeddedIssuer}). Staff reach the staff API, partners their feeds and webhooks, nobody anything else.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    @Bean
    public ProblemWriter problemWriter(ObjectMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    public EmbeddedIssuer embeddedIssuer(TokenSigningKeys keys, AuthSettings settings) {
        return new EmbeddedIssuer(keys, settings.embeddedIssuer(), settings.tokenLifetime());
    }

    @Bean
    public UserDirectory userDirectory(NodeSettings node) {
        return UserDirectory.load(node.usersFile().orElse(null));
    }

    @Bean
    public ReactiveJwtDecoder jwtDecoder(AuthSettings settings, EmbeddedIssuer embedded,
                                         Environment environment) {
        // Every key of the network's ring verifies (a rotation overlaps); a key id unknown here is looked up again,
        // off the event loop, because another node may have rotated a moment ago.
        NimbusReactiveJwtDecoder own = NimbusReactiveJwtDecoder.withJwkSource(jwt -> Mono.fromCallable(
                        () -> embedded.verifying(jwt.getHeader().getKeyID())).subscribeOn(Schedulers.boundedElastic())
                        .flatMapMany(Flux::fromIterable))
                .jwsAlgorithm(SignatureAlgorithm.RS256).validateType(false).build();
        own.setClaimSetConverter(TokenRules.claimsAsSent());
        own.setJwtValidator(TokenRules.of(embedded.issuer(), settings.maxTokenLifetime(), settings.clockSkew(), null,
                Clock.systemUTC()));
        if (!settings.external()) {
            return VerifiedTokens.remembering(own);
        }
        // Spring's own property, read as the typed list Spring binds it to.
        List<String> audiences = Binder.get(environment)
                .bind("spring.security.oauth2.resourceserver.jwt.audiences", Bindable.listOf(String.class))
                .orElse(List.of());
        String audience = settings.requiredAudience(audiences);
        // Discovery on first use: Setu starts even while the issuer is still starting. The token type is checked by
        // TokenRules (Nimbus's own check would refuse RFC 9068's at+jwt).
        NimbusReactiveJwtDecoder external = NimbusReactiveJwtDecoder.withIssuerLocation(settings.issuerUri())
                .validateType(false).build();
        external.setClaimSetConverter(TokenRules.claimsAsSent());
        external.setJwtValidator(TokenRules.of(settings.issuerUri(), settings.maxExternalTokenLifetime(),
                settings.clockSkew(), audience, Clock.systemUTC()));
        return VerifiedTokens.remembering(settings.embeddedEnabled()
                ? new IssuerRoutingDecoder(Map.of(settings.issuerUri(), external, embedded.issuer(), own))
                : external);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE) // after the console's chain (ConsoleSecurityConfiguration), which matches its own paths
    public SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
                                                         AuthSettings settings, ProblemWriter problems) {
        var refusals = new TokenRefusalHandlers(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        // Load balancers and a local Prometheus read these without a token; a partner never does.
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
                        .access(SecurityConfiguration::notPartner)
                        .pathMatchers("/actuator/**").hasRole("SECRETARIAT_ADMIN")
                        .pathMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**", "/problems", "/problems/**").permitAll()
                        .pathMatchers("/.well-known/jwks.json").permitAll()
                        // Recruiting agencies' public scorecards, for workers choosing an agency (docs/recruitment.md)
                        .pathMatchers(HttpMethod.GET, "/api/v1/scorecards", "/api/v1/scorecards/*").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/v1/auth/token", "/oauth2/token", "/api/v1/auth/set-password").permitAll()
                        .pathMatchers("/api/v1/feeds/**", "/api/v1/webhooks", "/api/v1/webhooks/**")
                        .hasAuthority(SetuTokenConverter.PARTNER)
                        .pathMatchers(HttpMethod.GET, "/api/v1/agreements")
                        .hasAnyAuthority(SetuTokenConverter.PARTNER, SetuTokenConverter.STAFF)
                        .pathMatchers("/api/v1/**").hasAuthority(SetuTokenConverter.STAFF)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new SetuTokenConverter(new RolesClaim(settings.rolesClaim()))))
                        .authenticationEntryPoint(refusals::unauthorized)
                        .accessDeniedHandler(refusals::forbidden))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals::unauthorized)
                        .accessDeniedHandler(refusals::forbidden))
                .build();
    }

    private static Mono<AuthorizationDecision> notPartner(Mono<Authentication> authentication,
                                                         AuthorizationContext context) {
        return authentication
                .map(a -> !a.isAuthenticated() || a.getAuthorities().stream()
                        .noneMatch(g -> SetuTokenConverter.PARTNER.equals(g.getAuthority())))
                .defaultIfEmpty(true)
                .map(AuthorizationDecision::new);
    }
}
