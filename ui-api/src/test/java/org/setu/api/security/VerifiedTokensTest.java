package org.setu.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.setu.kernel.common.MovableClock;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A verified token is remembered for at most a minute and never past its expiry; a refused one never. */
class VerifiedTokensTest {

    private static final String ISSUER = "urn:setu:test";
    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @Test
    void a_verified_token_is_not_verified_again_within_a_minute() {
        Counting decoder = new Counting(token -> Mono.just(jwt(token, clock.instant().plusSeconds(600))));
        VerifiedTokens tokens = new VerifiedTokens(decoder, clock, clock::nanos);

        Jwt first = tokens.decode("a").block();
        clock.advance(Duration.ofSeconds(59));
        Jwt again = tokens.decode("a").block();

        assertThat(again).isSameAs(first);
        assertThat(decoder.calls.get()).isEqualTo(1);
    }

    @Test
    void a_refused_token_is_checked_in_full_every_time() {
        Counting decoder = new Counting(token -> Mono.error(new BadJwtException("bad signature")));
        VerifiedTokens tokens = new VerifiedTokens(decoder, clock, clock::nanos);

        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(decoder.calls.get()).isEqualTo(2);
    }

    @Test
    void after_a_minute_the_token_is_verified_again() {
        Counting decoder = new Counting(token -> Mono.just(jwt(token, clock.instant().plusSeconds(600))));
        VerifiedTokens tokens = new VerifiedTokens(decoder, clock, clock::nanos);

        tokens.decode("a").block();
        clock.advance(VerifiedTokens.MAX_AGE.plusSeconds(1));
        tokens.decode("a").block();

        assertThat(decoder.calls.get()).isEqualTo(2);
    }

    @Test
    void tokens_are_told_apart() {
        Counting decoder = new Counting(token -> Mono.just(jwt(token, clock.instant().plusSeconds(600))));
        VerifiedTokens tokens = new VerifiedTokens(decoder, clock, clock::nanos);

        assertThat(tokens.decode("a").block().getSubject()).isEqualTo("a");
        assertThat(tokens.decode("b").block().getSubject()).isEqualTo("b");
        assertThat(tokens.decode("a").block().getSubject()).isEqualTo("a");

        assertThat(decoder.calls.get()).isEqualTo(2);
    }

    /** With the real decoder and rules: remembered or not, a token past its expiry and the clock skew is refused. */
    @Test
    void a_remembered_token_is_refused_once_it_has_expired() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        NimbusReactiveJwtDecoder real = NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        real.setClaimSetConverter(TokenRules.claimsAsSent());
        Duration skew = Duration.ofSeconds(30);
        real.setJwtValidator(TokenRules.of(ISSUER, Duration.ofMinutes(15), skew, null, clock));
        Counting decoder = new Counting(real::decode);
        VerifiedTokens tokens = new VerifiedTokens(decoder, clock, clock::nanos);
        String token = signed(key, clock.instant(), clock.instant().plusSeconds(40));

        assertThat(tokens.decode(token).block().getSubject()).isEqualTo("amina");
        clock.advance(Duration.ofSeconds(20));
        assertThat(tokens.decode(token).block().getSubject()).isEqualTo("amina");
        assertThat(decoder.calls.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(51)); // 71 s after issue: past exp (40 s) and the skew (30 s)
        assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtValidationException.class);
        assertThat(decoder.calls.get()).isEqualTo(2);
    }

    /** Within the skew after exp the token is still accepted, as without the memory, but by the decoder again. */
    @Test
    void at_its_expiry_the_decoder_decides_again() {
        Counting decoder = new Counting(token -> Mono.just(jwt(token, clock.instant().plusSeconds(10))));
        VerifiedTokens tokens = new VerifiedTokens(decoder, clock, clock::nanos);

        tokens.decode("a").block();
        clock.advance(Duration.ofSeconds(10));
        tokens.decode("a").block();

        assertThat(decoder.calls.get()).isEqualTo(2);
    }

    private static String signed(RSAKey key, Instant issuedAt, Instant expiresAt) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).subject("amina").issueTime(Date.from(issuedAt))
                        .expirationTime(Date.from(expiresAt)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private Jwt jwt(String token, Instant expiresAt) {
        return new Jwt(token, clock.instant(), expiresAt, Map.of("alg", "RS256"), Map.of("sub", token));
    }

    private static final class Counting implements ReactiveJwtDecoder {
        private final ReactiveJwtDecoder answer;
        final AtomicInteger calls = new AtomicInteger();

        Counting(ReactiveJwtDecoder answer) {
            this.answer = answer;
        }

        @Override
        public Mono<Jwt> decode(String token) {
            calls.incrementAndGet();
            return answer.decode(token);
        }
    }
}
