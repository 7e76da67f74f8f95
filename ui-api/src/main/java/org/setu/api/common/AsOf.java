package org.setu.api.common;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The {@code asOf} parameter of time travel (a case, a complaint as it stood then): an ISO-8601 instant. */
public final class AsOf {

    private AsOf() {
    }

    public static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "asOf",
                    "asOf must be an ISO-8601 instant such as 2026-03-01T10:00:00Z");
        }
    }
}
