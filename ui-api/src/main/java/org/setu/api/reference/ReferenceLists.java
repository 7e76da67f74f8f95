package org.setu.api.reference;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The reference lists Setu ships: Bangladesh's 8 divisions and 64 districts ({@code reference/bd-*.csv}, BBS
 * geocodes, English and Bangla names) and the ISO 3166-1 countries with their English and Bangla names from CLDR.
 * A value is found by any of its names or its code, compared as {@link NameKey}s; what Setu stores is the district's
 * English name and the country's code, so "Dhaka", "dhaka", "ঢাকা" and "3026" are one district in every indicator.
 */
public final class ReferenceLists {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final ULocale BANGLA = new ULocale("bn");
    private static final ReferenceLists SHIPPED = load(); // after the two above, which loading uses

    private final List<Division> divisions;
    private final List<District> districts;
    private final List<Country> countries;
    private final Map<String, District> districtsByKey = new HashMap<>();
    private final Map<String, Country> countriesByKey = new HashMap<>();

    private ReferenceLists(List<Division> divisions, List<District> districts, List<Country> countries) {
        this.divisions = List.copyOf(divisions);
        this.districts = List.copyOf(districts);
        this.countries = List.copyOf(countries);
        for (District d : districts) {
            Stream.concat(Stream.of(d.geocode(), d.en(), d.bn()), d.aliases().stream())
                    .forEach(name -> districtsByKey.put(NameKey.of(name), d));
        }
        for (Country c : countries) {
            Stream.of(c.code(), c.en(), c.bn()).forEach(name -> countriesByKey.put(NameKey.of(name), c));
        }
    }

    public static ReferenceLists shipped() {
        return SHIPPED;
    }

    public List<Division> divisions() {
        return divisions;
    }

    public List<District> districts() {
        return districts;
    }

    public List<Country> countries() {
        return countries;
    }

    public Optional<District> district(String given) {
        return given == null || given.isBlank() ? Optional.empty() : Optional.ofNullable(districtsByKey.get(NameKey.of(given)));
    }

    public Optional<Country> country(String given) {
        return given == null || given.isBlank() ? Optional.empty() : Optional.ofNullable(countriesByKey.get(NameKey.of(given)));
    }

    /** A district as Setu stores it (its English name) when the list knows it; otherwise as given (a filter finds none). */
    public String storedDistrict(String given) {
        return given == null ? null : district(given).map(District::en).orElse(given);
    }

    /**
     * The order of names for people in a locale: ICU's collator with canonical decomposition (so canonically
     * equivalent Bangla spellings sort, and compare, as equal), ignoring case.
     */
    public static Comparator<String> nameOrder(Locale locale) {
        Collator collator = collator(locale);
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }

    /** Up to three names of the list closest to a value that matched none (within two edits), for the error's detail. */
    public List<String> districtsCloseTo(String given) {
        return closest(given, districtsByKey, District::en);
    }

    public List<String> countriesCloseTo(String given) {
        return closest(given, countriesByKey, c -> c.code() + " (" + c.en() + ")");
    }

    /** The districts sorted by their name in the locale's collation (ICU: canonical equivalents sort as equal). */
    public List<District> districtsSortedFor(Locale locale) {
        Collator collator = collator(locale);
        return districts.stream().sorted(Comparator.comparing(d -> d.name(locale), collator)).toList();
    }

    public List<Country> countriesSortedFor(Locale locale) {
        Collator collator = collator(locale);
        return countries.stream().sorted(Comparator.comparing(c -> c.name(locale), collator)).toList();
    }

    private static Collator collator(Locale locale) {
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }

    private static <T> List<String> closest(String given, Map<String, T> byKey, Function<T, String> label) {
        if (given == null || given.isBlank()) {
            return List.of();
        }
        String key = NameKey.of(given);
        return byKey.entrySet().stream()
                .map(e -> Map.entry(NameKey.distance(key, e.getKey()), label.apply(e.getValue())))
                .filter(e -> e.getKey() <= 2)
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).distinct().limit(3).toList();
    }

    private static ReferenceLists load() {
        List<Division> divisions = rows("bd-divisions.csv").map(r -> new Division(r[0], r[1], nfc(r[2]))).toList();
        List<District> districts = rows("bd-districts.csv").map(r -> new District(r[0], r[1], r[2], nfc(r[3]),
                r.length > 4 && !r[4].isBlank() ? Set.of(r[4].split(";")) : Set.of())).toList();
        List<Country> countries = Arrays.stream(ULocale.getISOCountries())
                .map(code -> new ULocale("", code))
                .map(l -> new Country(l.getCountry(), l.getDisplayCountry(ULocale.ENGLISH), nfc(l.getDisplayCountry(BANGLA))))
                .toList();
        return new ReferenceLists(divisions, districts, countries);
    }

    private static String nfc(String text) {
        return NFC.normalize(text);
    }

    private static Stream<String[]> rows(String file) {
        try (InputStream in = ReferenceLists.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("reference list " + file + " is missing from the classpath");
            }
            List<String[]> rows = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("geocode,"))
                    .map(line -> line.split(",", -1)).toList();
            return rows.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
