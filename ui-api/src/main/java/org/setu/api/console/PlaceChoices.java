package org.setu.api.console;

import org.setu.api.reference.ReferenceLists;

import java.util.List;
import java.util.Locale;

/**
 * The districts and countries a form offers, from the shipped reference lists, named and sorted in the language
 * shown (ICU collation); the value sent is what the API stores (the district's English name, the ISO code).
 */
public record PlaceChoices(List<Option> districts, List<Option> countries) {

    /** One choice: the value posted and the label shown. */
    public record Option(String value, String label) {
    }

    public static PlaceChoices in(Locale locale) {
        ReferenceLists lists = ReferenceLists.shipped();
        return new PlaceChoices(
                lists.districtsSortedFor(locale).stream().map(d -> new Option(d.en(), d.name(locale))).toList(),
                lists.countriesSortedFor(locale).stream().map(c -> new Option(c.code(), c.name(locale))).toList());
    }
}
