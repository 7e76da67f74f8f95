package org.setu.api.reference;

import java.util.Locale;

/** One of Bangladesh's 8 divisions: BBS geocode, English and Bangla name. */
public record Division(String geocode, String en, String bn) {

    public String name(Locale locale) {
        return "bn".equals(locale.getLanguage()) ? bn : en;
    }
}
