package org.setu.api.reference;

import java.util.Locale;

/** A country by its ISO 3166-1 alpha-2 code (what Setu stores), with its English and Bangla names (CLDR, via ICU). */
public record Country(String code, String en, String bn) {

    public String name(Locale locale) {
        return "bn".equals(locale.getLanguage()) ? bn : en;
    }
}
