package org.setu.api.accounts;


import java.time.Duration;

/**
 * Stored accounts ({@code setu.accounts.*}).
 *
 * @param linkLifetime how long a set-password link works (72 hours by default)
 */
public record AccountSettings(Duration linkLifetime) {

    public AccountSettings {
        linkLifetime = linkLifetime == null ? Duration.ofHours(72) : linkLifetime;
    }
}
