package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;

/** Enters a licensed recruiting agency (SECRETARIAT_ADMIN). */
public record LicenceRecruitingAgencyCommand(Licence licence,
                                             String name,
                                             String district,
                                             Stamp stamp) implements RecruitingAgencyCommand {

    public LicenceRecruitingAgencyCommand {
        Checks.required(licence, "licence");
        name = Checks.text(name, "name", Limits.REASON);
        district = Checks.text(district, "district", Limits.REASON);
        Checks.required(stamp, "stamp");
    }
}
