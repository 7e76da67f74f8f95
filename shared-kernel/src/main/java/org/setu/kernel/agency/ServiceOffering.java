package org.setu.kernel.agency;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;

import java.util.Set;

/** One service an agency offers: where, in which languages, and when it takes people in (after Open Referral HSDS). */
public record ServiceOffering(ServiceType serviceType, Set<String> districts, Set<String> languages, String intakeHours) {

    public ServiceOffering {
        Checks.required(serviceType, "serviceType");
        districts = districts == null ? Set.of() : Set.copyOf(districts);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        districts.forEach(d -> Checks.text(d, "district", Limits.SHORT));
        languages.forEach(l -> Checks.text(l, "language", 16));
        intakeHours = Checks.optionalText(intakeHours, "intakeHours", Limits.SHORT);
    }
}
