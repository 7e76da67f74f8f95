package org.setu.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.util.ArrayList;
import java.util.List;

/** Small schema builders for the bodies that controllers answer as maps (ids of what they created, secrets). */
final class Bodies {

    private Bodies() {
    }

    static Schema<?> ref(String component) {
        return new Schema<>().$ref(Components.COMPONENTS_SCHEMAS_REF + component);
    }

    static Schema<?> instant() {
        return new StringSchema().format("date-time").maxLength(40);
    }

    static Schema<?> text(int max) {
        return new StringSchema().maxLength(max);
    }

    /** An object whose every named property is present: {@code name, schema, name, schema, ...}. */
    static Schema<?> object(Object... nameThenSchema) {
        ObjectSchema schema = new ObjectSchema();
        List<String> required = new ArrayList<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            String name = (String) nameThenSchema[i];
            schema.addProperty(name, (Schema<?>) nameThenSchema[i + 1]);
            required.add(name);
        }
        schema.setRequired(required);
        return schema;
    }

    static Schema<?> eventStream(String what) {
        return new StringSchema().description(what);
    }
}
