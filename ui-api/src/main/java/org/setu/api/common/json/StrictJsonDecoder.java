package org.setu.api.common.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.codec.json.Jackson2JsonDecoder;
import org.springframework.util.MimeType;

import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;

/**
 * Reads {@code application/json} in UTF-8 only. Spring's decoder also takes {@code application/x-ndjson} and
 * {@code application/*+json} and transcodes other charsets; a body in any of those is answered 415 instead
 * (RFC 8259: JSON exchanged between systems is UTF-8).
 */
public final class StrictJsonDecoder extends Jackson2JsonDecoder {

    public StrictJsonDecoder(ObjectMapper mapper) {
        super(mapper, MediaType.APPLICATION_JSON);
    }

    @Override
    public boolean canDecode(ResolvableType elementType, MimeType mimeType) {
        return (mimeType == null || isUtf8(mimeType)) && super.canDecode(elementType, mimeType);
    }

    static boolean isUtf8(MimeType mimeType) {
        return mimeType.getParameter("charset") == null || StandardCharsets.UTF_8.equals(charsetOrNull(mimeType));
    }

    private static Charset charsetOrNull(MimeType mimeType) {
        try {
            return mimeType.getCharset();
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
