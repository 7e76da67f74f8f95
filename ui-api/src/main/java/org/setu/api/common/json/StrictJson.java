package org.setu.api.common.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.JavaType;

/**
 * How the API reads a request body: one JSON value and nothing after it, no key twice, no coercion (a number is
 * not a string, a string is not a number, an enum is named, not numbered), no null inside an array, every string
 * clean ({@link TextRules}), and every refused field reported at once ({@link FieldErrorCollector}).
 */
public final class StrictJson {

    private StrictJson() {
    }

    @SuppressWarnings("deprecation") // ObjectMapper.configure(MapperFeature): the builder is no option on a copy
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        SimpleModule strict = new SimpleModule("setu-strict-input");
        strict.addDeserializer(String.class, new StrictStringDeserializer());
        strict.setDeserializerModifier(new Collecting());
        return mapper.registerModule(strict);
    }

    /** Puts a {@link FieldErrorCollector} around every deserializer the reader builds. */
    private static final class Collecting extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                      JsonDeserializer<?> deserializer) {
            return new FieldErrorCollector(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription bean, JsonDeserializer<?> deserializer) {
            return new FieldErrorCollector(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                BeanDescription bean, JsonDeserializer<?> deserializer) {
            return new FieldErrorCollector(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                         BeanDescription bean, JsonDeserializer<?> deserializer) {
            return new FieldErrorCollector(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                                                           BeanDescription bean, JsonDeserializer<?> deserializer) {
            return new FieldErrorCollector(deserializer);
        }
    }
}
