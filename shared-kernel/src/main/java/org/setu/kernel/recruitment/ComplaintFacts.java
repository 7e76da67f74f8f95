package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.FieldErrors;
import org.setu.kernel.common.Limits;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a complaint is about, in clear: the respondent agency (and sub-agent, by name or registration), how it came,
 * its categories, the destination country, the complainant's sex (a statistical dimension only) and the amounts in
 * taka. None of it names the complainant; their identity is sealed apart ({@code SubjectData}). Every refused field
 * is reported at once.
 */
public record ComplaintFacts(Licence recruitingAgency, String subAgent, ComplaintChannel channel,
                             Set<ComplaintCategory> categories, String countryOfDestination, Sex sex,
                             Long costPaidBdt, Long governmentCeilingBdt, Long amountClaimedBdt, Long monthlyWageBdt) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public ComplaintFacts {
        FieldErrors errors = new FieldErrors();
        errors.check(recruitingAgency, v -> Checks.required(v, "recruitingAgency"));
        subAgent = errors.check(subAgent, v -> Checks.optionalText(v, "subAgent", Limits.NAME));
        errors.check(channel, v -> Checks.required(v, "channel"));
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        if (categories.isEmpty()) {
            errors.check(null, v -> Checks.required(v, "categories"));
        }
        countryOfDestination = errors.check(countryOfDestination,
                v -> Checks.identifier(v, "countryOfDestination", COUNTRY));
        sex = sex == null ? Sex.UNKNOWN : sex;
        costPaidBdt = errors.check(costPaidBdt, v -> Bdt.optional(v, "costPaidBdt"));
        governmentCeilingBdt = errors.check(governmentCeilingBdt, v -> Bdt.optional(v, "governmentCeilingBdt"));
        amountClaimedBdt = errors.check(amountClaimedBdt, v -> Bdt.optional(v, "amountClaimedBdt"));
        monthlyWageBdt = errors.check(monthlyWageBdt, v -> Bdt.optional(v, "monthlyWageBdt"));
        errors.throwIfAny();
        categories = Set.copyOf(EnumSet.copyOf(categories));
    }
}
