package org.setu.api.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Stored accounts ({@code setu.accounts.*}).
 *
 * @param linkLifetime how long a set-password link works (72 hours by default)
 */
@ConfigurationProperties("setu.accounts")
public record AccountSettings(Duration linkLifetime) {

    public AccountSettings {
        linkLifetime = linkLifetime == null ? Duration.ofHours(72) : linkLifetime;
    }
}
