package org.setu.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Password checks: hashed and plaintext entries, unknown names, and what decides the work a check takes. */
class PasswordVerifierTest {

    private static final String HASHED = HashPassword.hash("s3cret-pw");

    @Test
    void hashed_and_plaintext_entries_accept_their_password_only() {
        var verifier = new PasswordVerifier(List.of(HASHED, "plain-pw"));
        assertThat(verifier.matches("s3cret-pw", HASHED)).isTrue();
        assertThat(verifier.matches("s3cret-px", HASHED)).isFalse();
        assertThat(verifier.matches("plain-pw", "plain-pw")).isTrue();
        assertThat(verifier.matches("plain-pw", "{noop}plain-pw")).isTrue();
        assertThat(verifier.matches("plain-p", "plain-pw")).isFalse();
        assertThat(verifier.matches(null, "plain-pw")).isFalse();
        assertThat(verifier.matches("anything", null)).isFalse();
        assertThat(verifier.matches(null, null)).isFalse();
    }

    @Test
    void the_cost_class_of_a_hash_is_its_algorithm_and_bcrypt_cost() {
        assertThat(PasswordVerifier.costClass(HASHED)).isEqualTo("bcrypt/10");
        assertThat(PasswordVerifier.costClass("{bcrypt}" + new BCryptPasswordEncoder(4).encode("x"))).isEqualTo("bcrypt/4");
        assertThat(PasswordVerifier.costClass("{pbkdf2}abcdef")).isEqualTo("pbkdf2");
        assertThat(PasswordVerifier.hashed("{noop}x")).isFalse();
        assertThat(PasswordVerifier.hashed("plain")).isFalse();
    }

    /** Unknown names and plaintext entries are checked against a reference of the file's cost: cost 4 is fast. */
    @Test
    void unknown_names_cost_what_the_files_hashes_cost() {
        String cheap = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("x");
        var cheapFile = new PasswordVerifier(List.of(cheap, cheap));
        var costlyFile = new PasswordVerifier(List.of("{bcrypt}" + new BCryptPasswordEncoder(12).encode("x")));
        long cheapUnknown = median(() -> cheapFile.matches("guess", null));
        long costlyUnknown = median(() -> costlyFile.matches("guess", null));
        long costlyPlain = median(() -> costlyFile.matches("guess", "plain"));
        assertThat(costlyUnknown).isGreaterThan(cheapUnknown * 20);
        assertThat(costlyPlain).isGreaterThan(cheapUnknown * 20);
    }

    private static long median(Runnable check) {
        long[] nanos = new long[5];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            check.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2];
    }
}
