package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

import java.util.regex.Pattern;

/**
 * Registers a sub-agent (a local recruiter working for the licensed agency, registration required since the 2023
 * amendment) from the licensing authority's records (SECRETARIAT_ADMIN): its registration number, name and district.
 */
public record RegisterSubAgentCommand(Licence licence,
                                      String registration,
                                      String name,
                                      String district,
                                      Stamp stamp) implements RecruitingAgencyCommand {

    /** The licensing authority's registration number, as written on the certificate (letters, digits, dashes). */
    public static final Pattern REGISTRATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{1,39}");

    public RegisterSubAgentCommand {
        Checks.required(licence, "licence");
        Checks.identifier(registration, "registration", REGISTRATION);
        name = Checks.text(name, "name", Limits.NAME);
        district = Checks.text(district, "district", Limits.NAME);
        Checks.required(stamp, "stamp");
    }
}
