package org.setu.api.reference;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped lists are complete and consistent, and a value is found by any of its names, however it is spelled. */
class ReferenceListsTest {

    private final ReferenceLists lists = ReferenceLists.shipped();

    @Test
    void bangladesh_has_8_divisions_and_64_districts_each_in_its_division() {
        assertThat(lists.divisions()).hasSize(8);
        assertThat(lists.districts()).hasSize(64);
        Map<String, Long> perDivision = lists.districts().stream()
                .collect(Collectors.groupingBy(District::division, Collectors.counting()));
        assertThat(perDivision).containsExactlyInAnyOrderEntriesOf(Map.of("10", 6L, "20", 11L, "30", 13L, "40", 10L,
                "45", 4L, "50", 8L, "55", 8L, "60", 4L));
        assertThat(lists.districts()).extracting(District::geocode).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("\\d{4}"));
        assertThat(lists.districts()).allSatisfy(d -> assertThat(d.geocode()).startsWith(d.division()));
    }

    @Test
    void every_bangla_name_is_stored_in_nfc_and_is_bangla() {
        assertThat(lists.districts()).allSatisfy(d -> {
            assertThat(Normalizer.isNormalized(d.bn(), Normalizer.Form.NFC)).as(d.en()).isTrue();
            assertThat(d.bn().codePoints().allMatch(c -> c >= 0x0980 && c <= 0x09FF)).as(d.en()).isTrue();
        });
        assertThat(lists.districts()).extracting(District::bn).doesNotHaveDuplicates();
    }

    @Test
    void a_district_is_found_by_english_or_bangla_name_geocode_or_old_spelling() {
        assertThat(lists.district("Dhaka")).map(District::geocode).contains("3026");
        assertThat(lists.district("  dhaka ")).map(District::en).contains("Dhaka");
        assertThat(lists.district("ঢাকা")).map(District::en).contains("Dhaka");
        assertThat(lists.district("3026")).map(District::en).contains("Dhaka");
        assertThat(lists.district("Chittagong")).map(District::en).contains("Chattogram");
        assertThat(lists.district("Cox’s Bazar")).map(District::en).contains("Cox's Bazar");
        assertThat(lists.district("Dhakka")).isEmpty();
    }

    @Test
    void canonically_equivalent_bangla_spellings_find_the_same_district() {
        String decomposed = Normalizer.normalize("পটুয়াখালী", Normalizer.Form.NFD);
        String precomposedYa = "পটু\u09DFাখালী"; // য় as the single code point U+09DF
        assertThat(lists.district(decomposed)).map(District::en).contains("Patuakhali");
        assertThat(lists.district(precomposedYa)).map(District::en).contains("Patuakhali");
    }

    @Test
    void a_country_is_found_by_code_or_name_in_either_language() {
        assertThat(lists.countries()).hasSizeGreaterThan(240);
        assertThat(lists.country("SA")).map(Country::en).contains("Saudi Arabia");
        assertThat(lists.country("sa")).map(Country::code).contains("SA");
        assertThat(lists.country("Malaysia")).map(Country::code).contains("MY");
        String bangla = lists.country("SA").orElseThrow().bn();
        assertThat(bangla).isNotEqualTo("Saudi Arabia");
        assertThat(lists.country(bangla)).map(Country::code).contains("SA");
        assertThat(lists.country("XX")).isEmpty();
    }

    @Test
    void the_api_check_stores_the_english_name_and_refuses_an_unknown_district_naming_close_ones() {
        assertThat(ReferenceChecks.district("ঢাকা", "district")).isEqualTo("Dhaka");
        assertThat(ReferenceChecks.optionalCountry("sa", "countryOfDestination")).isEqualTo("SA");
        assertThat(ReferenceChecks.optionalCountry(" ", "countryOfDestination")).isNull();
        assertThatThrownBy(() -> ReferenceChecks.district("Dhakka", "district"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("district");
                        assertThat(f.code()).isEqualTo(ErrorCode.NOT_IN_REFERENCE_LIST);
                        assertThat(f.message()).contains("did you mean", "Dhaka");
                    });
                });
    }

    @Test
    void bangla_names_sort_by_the_bangla_collation_with_equivalents_equal() {
        var bangla = lists.districtsSortedFor(Locale.forLanguageTag("bn"));
        assertThat(bangla.get(0).bn()).startsWith("ক"); // ক is the first consonant; no district starts with a vowel sign
        var order = ReferenceLists.nameOrder(Locale.forLanguageTag("bn"));
        assertThat(order.compare("পটুয়াখালী", Normalizer.normalize("পটুয়াখালী", Normalizer.Form.NFD))).isZero();
        assertThat(order.compare("Sheba", "sheba")).isZero();
        Function<District, String> en = District::en;
        assertThat(lists.districtsSortedFor(Locale.ENGLISH)).extracting(en).startsWith("Bagerhat", "Bandarban");
    }
}
