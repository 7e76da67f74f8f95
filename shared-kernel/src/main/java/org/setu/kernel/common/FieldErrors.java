package org.setu.kernel.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the field errors of one request instead of stopping at the first: each check runs, a refused one is
 * noted, and {@link #throwIfAny()} refuses the request with all of them. A field already refused (say, by the
 * JSON reader as the wrong type) is not refused a second time for being missing.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** Runs {@code check} on {@code value}; its result, or null when it refused the value. */
    public <T, R> R check(T value, Function<T, R> check) {
        try {
            return check.apply(value);
        } catch (InvalidInputException refused) {
            refused.errors().forEach(this::add);
            if (refused.errors().isEmpty()) {
                add(new FieldError("", refused.code(), refused.getMessage()));
            }
            return null;
        }
    }

    public void add(FieldError error) {
        if (!has(error.field())) {
            errors.add(error);
        }
    }

    /** Whether this field, or a field inside it, has been refused already. */
    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + ".")
                || e.field().startsWith(field + "["));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> all() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
