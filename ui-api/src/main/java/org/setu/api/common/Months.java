package org.setu.api.common;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A month parameter ({@code 2026-03}) as the indicators take it: the fallback when absent, a field error when not one. */
public final class Months {

    private Months() {
    }

    /** The months an indicator report spans: by default the twelve ending now. */
    public record Window(YearMonth from, YearMonth to) {
    }

    /** {@code from} and {@code to} as given, or the last twelve months up to the current one (UTC); from ≤ to. */
    public static Window window(String from, String to) {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        Window window = new Window(parse(from, "from", now.minusMonths(11)), parse(to, "to", now));
        if (window.from().isAfter(window.to())) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "from", "from must not be after to");
        }
        return window;
    }

    public static YearMonth parse(String value, String field, YearMonth fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, field + " must be a month like 2026-03");
        }
    }
}
