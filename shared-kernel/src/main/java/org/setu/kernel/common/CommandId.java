package org.setu.kernel.common;

import java.util.regex.Pattern;

/** The id of one command as the client meant it: a retry carries the same id and has its effect once. */
public record CommandId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    public CommandId {
        Checks.identifier(value, "commandId", FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
