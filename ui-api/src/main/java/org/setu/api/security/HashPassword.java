package org.setu.api.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Prints the users-file form of a password, {@code {bcrypt}$2a$10$...}. The password is read from the terminal without
 * echo, or from the first line of standard input — never from the command line, where {@code ps} and the shell's
 * history would show it.
 */
public final class HashPassword {

    static final int COST = 10;

    private HashPassword() {
    }

    public static void main(String[] args) throws IOException {
        Console console = System.console();
        String password = console != null ? new String(console.readPassword("Password: "))
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.isEmpty()) {
            System.err.println("No password given (type it, or pipe it on standard input)");
            System.exit(2);
        }
        System.out.println(hash(password));
    }

    static String hash(String password) {
        return "{bcrypt}" + new BCryptPasswordEncoder(COST).encode(password);
    }
}
