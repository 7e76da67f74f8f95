package org.setu.kernel.recruitment;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Checks;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A recruiting agency's licence number, e.g. {@code RL-0123}: the recruiting agency's id in Setu. Its
 * representatives' tokens carry it as their {@code agency} claim in agency-id form ({@link #asAgencyId()},
 * {@code rl-0123}); no network agency may be registered under an id of that form (docs/decisions/0012).
 */
public record Licence(String value) {

    private static final Pattern FORMAT = Pattern.compile("RL-[0-9]{1,8}");
    private static final Pattern AGENCY_FORM = Pattern.compile("rl-[0-9]{1,8}");
    /** Agency ids that begin so are licences, never network agencies. */
    public static final String AGENCY_PREFIX = "rl-";

    public Licence {
        Checks.identifier(value, "licence", FORMAT);
    }

    /** The agency id a representative of this licence acts under. */
    public AgencyId asAgencyId() {
        return new AgencyId(value.toLowerCase(Locale.ROOT));
    }

    /** The licence an agency id stands for, if it is one in licence form. */
    public static Optional<Licence> ofAgency(AgencyId agency) {
        return AGENCY_FORM.matcher(agency.value()).matches()
                ? Optional.of(new Licence(agency.value().toUpperCase(Locale.ROOT))) : Optional.empty();
    }

    /** Whether an agency id has the licence form (reserved for recruiting agencies' representatives). */
    public static boolean isLicenceForm(AgencyId agency) {
        return agency.value().startsWith(AGENCY_PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
