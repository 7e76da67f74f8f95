package org.setu.api.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people and machine clients the embedded issuer knows, from the JSON file at {@code SETU_USERS_FILE}:
 * {@code [{"username","password","name","agency","roles"}]} for staff (a password may be a BCrypt hash
 * {@code {bcrypt}$2a$...}) and {@code {"clientId","clientSecret","name","roles":["PARTNER"]}} for partners.
 */
public final class UserDirectory {

    /** One entry of the users file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String username, String password, String clientId, String clientSecret, String name,
                        String agency, List<String> roles) {
    }

    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Map<String, Entry> users;
    private final Map<String, Entry> clients;

    private UserDirectory(List<Entry> entries) {
        this.users = entries.stream().filter(e -> e.username() != null)
                .collect(Collectors.toMap(Entry::username, Function.identity()));
        this.clients = entries.stream().filter(e -> e.clientId() != null)
                .collect(Collectors.toMap(Entry::clientId, Function.identity()));
    }

    public static UserDirectory load(Path file) {
        if (file == null) {
            return new UserDirectory(List.of());
        }
        try {
            Entry[] entries = new ObjectMapper().readValue(Files.readString(file), Entry[].class);
            return new UserDirectory(List.of(entries));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the users file " + file + " (SETU_USERS_FILE): " + e.getMessage(), e);
        }
    }

    public Optional<Entry> user(String username, String password) {
        return check(users.get(username), password, Entry::password);
    }

    /** Whether a partner client of this id is listed (its id may then never name an agency). */
    public boolean isClient(String clientId) {
        return clients.containsKey(clientId);
    }

    public Optional<Entry> client(String clientId, String secret) {
        return check(clients.get(clientId), secret, Entry::clientSecret);
    }

    private Optional<Entry> check(Entry entry, String given, Function<Entry, String> stored) {
        if (entry == null || given == null || stored.apply(entry) == null) {
            // Spend the same time as a real check, so that timing does not reveal which usernames exist.
            passwords.matches("x", "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5uIh5k4W5uKfzHh2b9i/FWe");
            return Optional.empty();
        }
        String hash = stored.apply(entry);
        String encoded = hash.startsWith("{") ? hash : "{noop}" + hash;
        return passwords.matches(given, encoded) ? Optional.of(entry) : Optional.empty();
    }
}
