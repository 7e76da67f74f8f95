package org.setu.kernel.privacy;

import org.setu.kernel.common.Checks;

import java.util.regex.Pattern;

/** Identifies one break-glass grant: {@code G} followed by a UUID. */
public record GrantId(String value) {

    private static final Pattern FORMAT = Pattern.compile("G[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public GrantId {
        Checks.identifier(value, "grantId", FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
