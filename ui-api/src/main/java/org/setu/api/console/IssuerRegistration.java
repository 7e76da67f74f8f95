package org.setu.api.console;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

/**
 * The console as a public client of the network's external issuer, found by OpenID discovery on first use (as the
 * API's token decoder is), so Setu starts while the issuer is still starting; a failed discovery is tried again at
 * the next login (and looked up again hourly). A public client authenticates with PKCE (S256), which Spring Security adds for it.
 */
final class IssuerRegistration implements ReactiveClientRegistrationRepository {

    /** The registration's id: in {@code /oauth2/authorization/setu} and the redirect URI {@code /login/oauth2/code/setu}. */
    static final String ID = "setu";
    private final Mono<ClientRegistration> registration;

    IssuerRegistration(String issuer, String clientId) {
        this.registration = Mono.fromCallable(() -> ClientRegistrations.fromIssuerLocation(issuer)
                        .registrationId(ID).clientId(clientId)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .scope("openid")
                        .build())
                .subscribeOn(Schedulers.boundedElastic())
                .cache(found -> Duration.ofHours(1), failed -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        return ID.equals(registrationId) ? registration : Mono.empty();
    }
}
