package org.setu.api.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;

/** A string is a JSON string ({@code 17} and {@code true} are refused, not coerced) that passes {@link TextRules}. */
final class StrictStringDeserializer extends StdScalarDeserializer<String> {

    StrictStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        String refusal = TextRules.refusal(text);
        if (refusal != null) {
            throw new RefusedText(p, refusal, text);
        }
        return text;
    }

    /** A string refused by {@link TextRules}; its message is the reason, for the field error. */
    static final class RefusedText extends InvalidFormatException {
        RefusedText(JsonParser p, String reason, String text) {
            super(p, reason, text, String.class);
        }
    }
}
