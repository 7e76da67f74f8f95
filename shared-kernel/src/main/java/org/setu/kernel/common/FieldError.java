package org.setu.kernel.common;

/** One refused field of a request: where ({@code subject.fullName}, {@code services[0].districts}), why, and the code. */
public record FieldError(String field, ErrorCode code, String message) {
}
