package org.setu.kernel.privacy;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

/**
 * Personal data as it travels and rests: AES-GCM ciphertext under the subject's data key, {@code v1:} followed by
 * base64 of nonce, ciphertext and tag. Commands, events, snapshots and views only ever hold this form; only the
 * API opens it, for a viewer allowed to see it. {@link #toString()} never prints the ciphertext.
 */
public record Sealed(String value) {

    public static final String PREFIX = "v1:";
    /** Large enough for a note of {@code Limits.NOTE} characters of multi-byte text. */
    private static final int MAX = 64_000;

    public Sealed {
        Checks.required(value, "sealed");
        if (!value.startsWith(PREFIX) || value.length() > MAX) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "sealed", "not a sealed value");
        }
    }

    @Override
    public String toString() {
        return "Sealed[" + value.length() + " chars]";
    }
}
