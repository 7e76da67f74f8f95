package org.setu.api.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.FieldError;
import org.setu.kernel.common.FieldErrors;
import org.setu.kernel.common.InvalidInputException;

import java.io.IOException;

/**
 * Wraps every deserializer of the API's reader so that a refused value (wrong type, unknown enum constant, a
 * value object's own check) is noted as a field error and read as null, and reading goes on. The outermost one
 * then lets a {@link CheckedBody} check the rest, and refuses the body with every error found. Syntax errors
 * (malformed JSON, duplicate keys, trailing content) still end the reading at once: nothing after them can be trusted.
 */
final class FieldErrorCollector extends DelegatingDeserializer {

    private static final String ERRORS = FieldErrorCollector.class.getName();

    FieldErrorCollector(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new FieldErrorCollector(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        FieldErrors errors = (FieldErrors) ctxt.getAttribute(ERRORS);
        if (errors == null) {
            return root(p, ctxt);
        }
        JsonToken startToken = p.currentToken();
        JsonStreamContext start = p.getParsingContext();
        try {
            return _delegatee.deserialize(p, ctxt);
        } catch (DatabindException refused) {
            String field = JsonPaths.of(startToken != null && startToken.isStructStart() ? start.getParent() : start);
            note(errors, field, refused);
            skipRest(p, startToken, start);
            return null;
        }
    }

    private Object root(JsonParser p, DeserializationContext ctxt) throws IOException {
        FieldErrors errors = new FieldErrors();
        ctxt.setAttribute(ERRORS, errors);
        Object value = _delegatee.deserialize(p, ctxt);
        if (value instanceof CheckedBody body) {
            try {
                body.check(errors);
            } catch (RuntimeException e) {
                // A body already known to be bad may trip a check over a value read as null: the errors say enough.
                if (errors.isEmpty()) {
                    throw e;
                }
            }
        }
        errors.throwIfAny();
        return value;
    }

    private static void note(FieldErrors errors, String field, DatabindException refused) {
        if (refused.getCause() instanceof InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                String inner = field.isEmpty() ? error.field() : field + "." + error.field();
                errors.add(new FieldError(inner, error.code(), error.message()));
            }
            if (!invalid.errors().isEmpty()) {
                return;
            }
        }
        errors.add(new FieldError(field, ErrorCode.INVALID_INPUT, field + " " + JsonPaths.reason(refused)));
    }

    /** Leaves the parser on the last token of the refused value, as a deserializer that read it would. */
    private static void skipRest(JsonParser p, JsonToken startToken, JsonStreamContext start) throws IOException {
        if (startToken == null || !startToken.isStructStart()) {
            return;
        }
        if (p.currentToken() == startToken && p.getParsingContext() == start) {
            p.skipChildren();
            return;
        }
        JsonStreamContext outside = start.getParent();
        while (!(p.currentToken() != null && p.currentToken().isStructEnd() && p.getParsingContext() == outside)) {
            if (p.nextToken() == null) {
                return;
            }
        }
    }
}
