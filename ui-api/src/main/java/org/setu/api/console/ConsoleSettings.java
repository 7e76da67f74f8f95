package org.setu.api.console;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The console ({@code setu.console.*}): idle timeout, absolute session lifetime, the time zone dates are shown in, and
 * the client the console is at an external issuer (a public client: authorization code with PKCE).
 */
public record ConsoleSettings(@DefaultValue("PT30M") Duration idleTimeout,
                              @DefaultValue("PT12H") Duration sessionLifetime,
                              @DefaultValue("Asia/Dhaka") ZoneId timeZone,
                              @DefaultValue("setu-console") String issuerClientId) {
}
