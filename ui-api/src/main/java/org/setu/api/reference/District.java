package org.setu.api.reference;

import java.util.Locale;
import java.util.Set;

/**
 * One of Bangladesh's 64 districts (zila).
 *
 * @param geocode  the Bangladesh Bureau of Statistics geocode: division code then district code ({@code 3026} Dhaka)
 * @param division the division's geocode
 * @param en       the English name Setu stores (the current official spelling, e.g. {@code Chattogram})
 * @param bn       the Bangla name, NFC
 * @param aliases  older or other English spellings accepted on input ({@code Chittagong})
 */
public record District(String geocode, String division, String en, String bn, Set<String> aliases) {

    public String name(Locale locale) {
        return "bn".equals(locale.getLanguage()) ? bn : en;
    }
}
