package org.setu.api.common;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month parameter ({@code 2026-03}) as the indicators take it: the fallback when absent, a field error when not one. */
public final class Months {

    private Months() {
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
