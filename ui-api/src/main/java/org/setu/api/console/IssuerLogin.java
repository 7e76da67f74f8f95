package org.setu.api.console;

import org.setu.api.security.RolesClaim;
import org.setu.api.security.SetuTokenConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * What the console does once the external issuer sent the person back with a code that Spring Security exchanged
 * (PKCE verified): the <em>access token</em> it got is read exactly as the API reads a bearer token — the same decoder
 * (issuer, audience, lifetime, type) and the same claim rules ({@link SetuTokenConverter}: a token without an agency
 * or with unknown roles is refused, never an agency of its own) — and that is the console login, in a new session.
 * A refused token, or a failure at the issuer, shows the login page with a message; nothing is kept.
 */
final class IssuerLogin implements ServerAuthenticationSuccessHandler, ServerAuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(IssuerLogin.class);
    private final ServerOAuth2AuthorizedClientRepository authorizedClients;
    private final ReactiveJwtDecoder decoder;
    private final SetuTokenConverter converter;
    private final ConsoleSessions sessions;
    private final DefaultServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

    IssuerLogin(ServerOAuth2AuthorizedClientRepository authorizedClients, ReactiveJwtDecoder decoder,
                String rolesClaim, ConsoleSessions sessions) {
        this.authorizedClients = authorizedClients;
        this.decoder = decoder;
        this.converter = new SetuTokenConverter(new RolesClaim(rolesClaim));
        this.sessions = sessions;
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange filterExchange, Authentication authentication) {
        ServerWebExchange exchange = filterExchange.getExchange();
        return authorizedClients.loadAuthorizedClient(IssuerRegistration.ID, authentication, exchange)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("no access token came back")))
                .flatMap(client -> authorizedClients.removeAuthorizedClient(IssuerRegistration.ID, authentication, exchange)
                        .then(decoder.decode(client.getAccessToken().getTokenValue())))
                .flatMap(converter::convert)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("the access token gave no login")))
                .flatMap(login -> sessions.start(exchange, login).thenReturn(login))
                .flatMap(login -> redirect(exchange, "/console"))
                .onErrorResume(e -> refused(exchange, e.getMessage()));
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange filterExchange, AuthenticationException failure) {
        return refused(filterExchange.getExchange(), failure.getMessage());
    }

    private Mono<Void> refused(ServerWebExchange exchange, String why) {
        LOG.info("A console login through the external issuer was refused: {}", why);
        return sessions.end(exchange).then(redirect(exchange, "/login?issuerRefused=true"));
    }

    private Mono<Void> redirect(ServerWebExchange exchange, String to) {
        return redirects.sendRedirect(exchange, URI.create(to));
    }
}
