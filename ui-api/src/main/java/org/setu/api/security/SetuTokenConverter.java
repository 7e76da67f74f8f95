package org.setu.api.security;

import org.setu.kernel.common.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a verified token into Setu's authentication: the roles read from the configured claim and written back as a
 * top-level {@code roles} list of Setu role names (so {@link Caller#of(Jwt)} reads every issuer alike), then the
 * caller parsed — a missing or malformed claim refuses the token here, before any handler runs. Authorities:
 * {@code ROLE_<role>} per role, and {@link #STAFF} or {@link #PARTNER} for the kind of caller.
 */
public final class SetuTokenConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    public static final String STAFF = "STAFF";
    public static final String PARTNER = "PARTNER";

    private final RolesClaim roles;

    public SetuTokenConverter(RolesClaim roles) {
        this.roles = roles;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.fromCallable(() -> authenticate(jwt));
    }

    AbstractAuthenticationToken authenticate(Jwt jwt) {
        Set<Role> granted = roles.read(jwt.getClaims());
        Jwt normalised = Jwt.withTokenValue(jwt.getTokenValue())
                .headers(h -> h.putAll(jwt.getHeaders()))
                .claims(c -> {
                    c.putAll(jwt.getClaims());
                    c.put("roles", granted.stream().map(Role::name).toList());
                })
                .build();
        Caller caller = Caller.of(normalised, granted);
        List<GrantedAuthority> authorities = new ArrayList<>();
        granted.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        authorities.add(new SimpleGrantedAuthority(caller.partner() ? PARTNER : STAFF));
        return new JwtAuthenticationToken(normalised, authorities, caller.staffId().value());
    }
}
