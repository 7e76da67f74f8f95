package org.setu.kernel.common;

import java.util.Set;
import java.util.regex.Pattern;

/** An agency's short readable id chosen at registration, e.g. {@code iom-bd}. */
public record AgencyId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    /** The agency id of secretariat staff, which is not a registered agency. */
    public static final AgencyId SECRETARIAT = new AgencyId("secretariat");
    /** The agency id of a partner machine client's actions: partners belong to no agency. */
    public static final AgencyId PARTNER = new AgencyId("partner");
    /**
     * Ids that name no agency and never may: a case referred to one of them would open for whoever carries it.
     * Partners' own ids are reserved too, but they are known only at run time (see the API's registration check).
     */
    public static final Set<String> RESERVED = Set.of("secretariat", "partner", "unknown", "anonymous", "system",
            "setu", "admin", "none", "null");

    public AgencyId {
        Checks.identifier(value, "agencyId", FORMAT);
    }

    /** Whether this id names something that is not an agency, so no agency may be registered under it. */
    public boolean reserved() {
        return RESERVED.contains(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
