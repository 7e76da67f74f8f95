package org.setu.api.reference;

import com.ibm.icu.text.Normalizer2;

/**
 * The form in which names are compared: NFKC with case folding, so that canonically equivalent Bangla spellings
 * ({@code ো} as U+09CB or as U+09C7 U+09BE; {@code য়} precomposed or as য + nukta) and letter case compare equal; one
 * kind of apostrophe, single spaces.
 */
public final class NameKey {

    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    private NameKey() {
    }

    public static String of(String name) {
        String folded = FOLD.normalize(name.strip().replace('\u2019', '\'').replace('\u2018', '\''));
        return folded.replaceAll("\\s+", " ");
    }

    /** The Levenshtein distance of two keys, to name close matches of a value that matched nothing. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
