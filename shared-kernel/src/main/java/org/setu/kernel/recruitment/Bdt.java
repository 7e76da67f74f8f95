package org.setu.kernel.recruitment;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

/**
 * Amounts in Bangladeshi taka, whole taka. The ceiling, Tk 100 crore, is far above any recruitment cost, award or
 * fine, and keeps every sum of amounts of one agency well inside a {@code long}.
 */
public final class Bdt {

    public static final long MAX = 1_000_000_000L;

    private Bdt() {
    }

    /** An amount that must be there: 0 to {@link #MAX}. */
    public static long required(Long value, String field) {
        if (value == null) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, field + " is required");
        }
        return checked(value, field);
    }

    /** An amount that may be missing (null stays null). */
    public static Long optional(Long value, String field) {
        return value == null ? null : checked(value, field);
    }

    /** An amount above zero (a payment, a fine). */
    public static long positive(Long value, String field) {
        long amount = required(value, field);
        if (amount == 0) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, field + " must be above zero");
        }
        return amount;
    }

    private static long checked(long value, String field) {
        if (value < 0 || value > MAX) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field,
                    field + " must be a whole number of taka from 0 to " + MAX + " but was " + value);
        }
        return value;
    }
}
