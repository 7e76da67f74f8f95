package org.setu.kernel.common;

import java.util.regex.Pattern;

/** An agency's short readable id chosen at registration, e.g. {@code iom-bd}. */
public record AgencyId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    /** The agency id of secretariat staff, which is not a registered agency. */
    public static final AgencyId SECRETARIAT = new AgencyId("secretariat");

    public AgencyId {
        Checks.identifier(value, "agencyId", FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
