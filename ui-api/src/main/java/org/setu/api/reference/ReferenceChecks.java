package org.setu.api.reference;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

import java.util.List;

/**
 * The API's checks of districts and countries against the {@link ReferenceLists}: each returns the value Setu stores
 * (the district's English name, the country's ISO code) or refuses with {@code not-in-reference-list}, naming close
 * matches. Only new input is checked: facts already in events stay as they were (and are flagged, not refused).
 */
public final class ReferenceChecks {

    private ReferenceChecks() {
    }

    public static String district(String given, String field) {
        if (given == null || given.isBlank()) {
            return given;
        }
        return ReferenceLists.shipped().district(given).map(District::en).orElseThrow(() ->
                refused(field, "\"" + given.strip() + "\" is not one of Bangladesh's 64 districts",
                        ReferenceLists.shipped().districtsCloseTo(given)));
    }

    public static String optionalCountry(String given, String field) {
        if (given == null || given.isBlank()) {
            return null;
        }
        return ReferenceLists.shipped().country(given).map(Country::code).orElseThrow(() ->
                refused(field, "\"" + given.strip() + "\" is not an ISO 3166-1 alpha-2 country code or name",
                        ReferenceLists.shipped().countriesCloseTo(given)));
    }

    private static InvalidInputException refused(String field, String message, List<String> close) {
        String hint = close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
        return new InvalidInputException(ErrorCode.NOT_IN_REFERENCE_LIST, field, field + ": " + message + hint);
    }
}
