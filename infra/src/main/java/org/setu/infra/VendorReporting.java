package org.setu.infra;

/**
 * Axon 4.12+ reports usage to its vendor unless told not to. Setu holds data of vulnerable people and runs in
 * government networks: it makes no outbound calls, so it switches the reporter off itself rather than leave it to
 * the operator (application.yml sets {@code axon.update-check.disabled} for the Spring bean as well).
 */
public final class VendorReporting {

    public static final String SYSTEM_PROPERTY = "axoniq.update-checker.disabled";

    private VendorReporting() {
    }

    public static void disable() {
        System.setProperty(SYSTEM_PROPERTY, "true");
        // Not a call, but an advertisement for a hosted console in the log: not Setu's to show.
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
