package org.setu.kernel.common;

import java.util.regex.Pattern;

/** A person, as the identity provider's subject id. */
public record StaffId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._@|:-]{1,128}");

    public StaffId {
        Checks.identifier(value, "staffId", FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
