package org.setu.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import org.setu.api.problem.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.web.server.SecurityWebFilterChain;

import java.nio.file.Path;
import java.time.Duration;

/**
 * OAuth 2 resource server with bearer JWTs. With {@code SETU_JWT_ISSUER_URI} set, tokens come from that issuer
 * (Keycloak or any OIDC provider); otherwise Setu is its own issuer ({@link EmbeddedIssuer}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    @Bean
    public ProblemWriter problemWriter(ObjectMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    public EmbeddedIssuer embeddedIssuer(@Value("${setu.data-dir:./data}") Path dataDir,
                                         @Value("${setu.auth.embedded-issuer:urn:setu:embedded}") String issuer,
                                         @Value("${setu.auth.token-lifetime:PT15M}") Duration lifetime) {
        return EmbeddedIssuer.inDataDir(dataDir, issuer, lifetime);
    }

    @Bean
    public UserDirectory userDirectory(@Value("${setu.users-file:}") String usersFile) {
        return UserDirectory.load(usersFile.isBlank() ? null : Path.of(usersFile));
    }

    @Bean
    public ReactiveJwtDecoder jwtDecoder(@Value("${setu.auth.issuer-uri:}") String issuerUri, EmbeddedIssuer embedded)
            throws JOSEException {
        if (!issuerUri.isBlank()) {
            return ReactiveJwtDecoders.fromIssuerLocation(issuerUri);
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(embedded.publicKey().toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(embedded.issuer()));
        return decoder;
    }

    @Bean
    public SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
                                                         ProblemWriter problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**",
                                "/.well-known/jwks.json", "/problems", "/problems/*").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/v1/auth/token", "/oauth2/token").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized",
                                    "Authentication required", "A valid bearer token is required: " + e.getMessage());
                        })
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden",
                                "Forbidden", "The token does not allow this request")))
                .build();
    }
}
