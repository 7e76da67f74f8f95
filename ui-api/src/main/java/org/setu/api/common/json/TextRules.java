package org.setu.api.common.json;

/**
 * What no string in a request may hold: control characters other than newline and tab (C0, DEL and C1), and
 * surrogates without their pair, which are no characters at all and break every store and display downstream.
 */
final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} is refused, or null when it is acceptable. */
    static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (U+" + hex(c) + ")";
            } else if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                return "must not contain the control character U+" + hex(c) + " (only newline and tab are allowed)";
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
