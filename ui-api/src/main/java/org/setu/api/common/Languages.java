package org.setu.api.common;

import java.util.List;
import java.util.Locale;

/** The languages Setu speaks to people, and the one rule choosing between them from an {@code Accept-Language}. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "bn");
    public static final Locale BANGLA = Locale.forLanguageTag("bn");

    private Languages() {
    }

    /** The first supported language among the ranges, by their weights; English when none (or a bad header). */
    public static String fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return "en";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (SUPPORTED.contains(language)) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
        return "en";
    }
}
