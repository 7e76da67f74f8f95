package org.setu.api.console;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.setu.api.reference.ReferenceLists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Numbers, dates and durations for one page, through ICU4J: in Bangla with Bengali digits, Bangla month names and
 * lakh/crore grouping (the JDK groups by thousands only), times on the 24-hour clock in the deployment's zone
 * (Bangladesh by default). One instance per request: ICU formats are not thread-safe.
 */
public final class ConsoleFormats {

    private final ULocale locale;
    private final NumberFormat numbers;
    private final DateFormat dateTimes;
    private final DateFormat dates;
    private final MeasureFormat durations;
    private final NumberFormat taka;
    private final NumberFormat decimals;
    private final DateFormat months;

    public ConsoleFormats(Locale language, ZoneId zone) {
        this.locale = ULocale.forLocale("bn".equals(language.getLanguage()) ? Locale.forLanguageTag("bn-BD")
                : Locale.forLanguageTag("en-GB"));
        this.numbers = NumberFormat.getInstance(locale);
        this.dateTimes = DateFormat.getInstanceForSkeleton("yMMMdHHmm", locale);
        this.dates = DateFormat.getInstanceForSkeleton("yMMMd", locale);
        this.durations = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE);
        this.taka = takaFormat(locale);
        this.decimals = NumberFormat.getInstance(locale);
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(1);
        this.months = DateFormat.getInstanceForSkeleton("yMMM", locale);
        months.setTimeZone(TimeZone.GMT_ZONE);
        TimeZone tz = TimeZone.getTimeZone(zone.getId());
        dateTimes.setTimeZone(tz);
        dates.setTimeZone(tz);
    }

    public String number(long value) {
        return numbers.format(value);
    }

    /**
     * Whole taka with the taka sign and lakh/crore grouping, as Bangladesh writes money in both languages:
     * {@code ৪,৫০,০০০৳} in Bangla, {@code ৳4,50,000} in English (ICU's Indian English grouping); empty for none.
     */
    public String taka(Long amount) {
        return amount == null ? "" : taka.format(amount);
    }

    /** A figure with one decimal (a rate, a median), in the page's digits; empty for none. */
    public String decimal(Double value) {
        return value == null ? "" : decimals.format(value);
    }

    /** A month given as {@code 2026-03}: "Mar 2026", "মার্চ, ২০২৬"; the text as it is when it is not one. */
    public String month(String yearMonth) {
        try {
            return months.format(Date.from(YearMonth.parse(yearMonth).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        } catch (DateTimeParseException | NullPointerException notAMonth) {
            return yearMonth == null ? "" : yearMonth;
        }
    }

    private static NumberFormat takaFormat(ULocale locale) {
        if ("bn".equals(locale.getLanguage())) {
            NumberFormat bangla = NumberFormat.getCurrencyInstance(locale);
            bangla.setCurrency(Currency.getInstance("BDT"));
            bangla.setMaximumFractionDigits(0);
            return bangla;
        }
        NumberFormat lakh = NumberFormat.getInstance(ULocale.forLanguageTag("en-IN"));
        lakh.setMaximumFractionDigits(0);
        ((DecimalFormat) lakh).setPositivePrefix("৳");
        ((DecimalFormat) lakh).setNegativePrefix("-৳");
        return lakh;
    }

    public String dateTime(Instant at) {
        return at == null ? "" : dateTimes.format(Date.from(at));
    }

    /** A calendar date given as ISO text (a date of birth), or the text as it is when it is not one. */
    public String date(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return "";
        }
        try {
            return dates.format(Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant()));
        } catch (DateTimeParseException notADate) {
            return isoDate;
        }
    }

    /** How long until (or since) a due time, to the two largest units: "2 days, 3 hours". */
    public String duration(Instant due, Instant now) {
        Duration left = Duration.between(now, due).abs();
        List<Measure> parts = new ArrayList<>();
        if (left.toDays() > 0) {
            parts.add(new Measure(left.toDays(), MeasureUnit.DAY));
            parts.add(new Measure(left.toHoursPart(), MeasureUnit.HOUR));
        } else if (left.toHours() > 0) {
            parts.add(new Measure(left.toHours(), MeasureUnit.HOUR));
            parts.add(new Measure(left.toMinutesPart(), MeasureUnit.MINUTE));
        } else {
            parts.add(new Measure(Math.max(1, left.toMinutes()), MeasureUnit.MINUTE));
        }
        return durations.formatMeasures(parts.stream().filter(m -> m.getNumber().longValue() > 0)
                .toArray(Measure[]::new));
    }

    /** The language shown, as {@code <html lang>} wants it. */
    /** A stored district in the language shown; a value the reference list does not know, as it was stored. */
    public String district(String stored) {
        if (stored == null) {
            return null;
        }
        return ReferenceLists.shipped().district(stored).map(d -> d.name(locale.toLocale())).orElse(stored);
    }

    /** Whether a stored district matches no entry of the reference list (kept as typed before the lists existed). */
    public boolean unmapped(String district) {
        return district != null && ReferenceLists.shipped().district(district).isEmpty();
    }

    /** A stored country code by its name in the language shown. */
    public String country(String code) {
        if (code == null) {
            return null;
        }
        return ReferenceLists.shipped().country(code).map(c -> c.name(locale.toLocale())).orElse(code);
    }

    public String language() {
        return locale.getLanguage();
    }
}
