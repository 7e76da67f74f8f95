package org.setu.api.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The people and machine clients the embedded issuer knows, from the JSON file at {@code SETU_USERS_FILE}:
 * {@code [{"username","password","name","agency","roles"}]} for staff and
 * {@code {"clientId","clientSecret","name","roles":["PARTNER"]}} for partners. Passwords and secrets are BCrypt hashes
 * {@code {bcrypt}$2a$10$...} ({@link HashPassword} makes one); plaintext is accepted for demo files only. A check
 * takes the same time for unknown names as for known ones ({@link PasswordVerifier}).
 */
public final class UserDirectory {

    /** One entry of the users file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String username, String password, String clientId, String clientSecret, String name,
                        String agency, List<String> roles) {
    }

    private final PasswordVerifier passwords;
    private final Map<String, Entry> users;
    private final Map<String, Entry> clients;

    private UserDirectory(List<Entry> entries) {
        this.users = entries.stream().filter(e -> e.username() != null)
                .collect(Collectors.toMap(Entry::username, Function.identity()));
        this.clients = entries.stream().filter(e -> e.clientId() != null)
                .collect(Collectors.toMap(Entry::clientId, Function.identity()));
        this.passwords = new PasswordVerifier(entries.stream()
                .flatMap(e -> Stream.of(e.password(), e.clientSecret())).toList());
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
        return check(username == null ? null : users.get(username), password, Entry::password);
    }

    public Optional<Entry> client(String clientId, String secret) {
        return check(clientId == null ? null : clients.get(clientId), secret, Entry::clientSecret);
    }

    /** Whether the file lists this username (a map lookup: it takes no time worth measuring). */
    public boolean knowsUser(String username) {
        return username != null && users.containsKey(username);
    }

    public boolean knowsClient(String clientId) {
        return clientId != null && clients.containsKey(clientId);
    }

    private Optional<Entry> check(Entry entry, String given, Function<Entry, String> stored) {
        String expected = entry == null ? null : stored.apply(entry);
        return passwords.matches(given, expected) ? Optional.of(entry) : Optional.empty();
    }
}
