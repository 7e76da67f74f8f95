package org.setu.api.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.privacy.GrantId;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.NoteId;
import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.sharing.AgreementId;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kernel's typed ids ({@code CaseId}, {@code AgencyId}, ...) are records that travel as plain strings; without this
 * converter the document would show them as {@code {"value": ...}} objects. Each becomes a named string schema whose
 * pattern is the id's own {@code FORMAT}, read from the record so the document cannot drift from the check.
 */
public class TypedIdSchemas implements ModelConverter {

    private static final Map<String, String> EXAMPLES = Map.of(
            "AgencyId", "iom-bd", "CaseId", "C2f1c7a9e-5b8d-4c1e-9a3f-6d2b8e4f1a07",
            "ReferralId", "R7d3e9b21-0c4a-4f6e-8b1d-2a5c9e7f3b64", "NoteId", "N0b6f2d84-3e1c-4a9b-b7d5-8c4e1f2a9d30",
            "AgreementId", "A5e8c1f3a-7b2d-3e9c-a4f1-0d6b8c2e5a71", "GrantId", "G3c9a7e15-2d4b-3f8a-9c6e-1b5d7f0a2e48",
            "StaffId", "amina", "CommandId", "4f6e1c2a-9b3d-4e7f-8a1c-5d2b9e6f3a10");

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType java = Json.mapper().constructType(type.getType());
        Optional<Pattern> format = java == null ? Optional.empty() : formatOf(java.getRawClass());
        if (format.isPresent()) {
            String name = java.getRawClass().getSimpleName();
            if (context.getDefinedModels() == null || !context.getDefinedModels().containsKey(name)) {
                context.defineModel(name, idSchema(name, format.get()));
            }
            return new Schema<>().$ref(Components.COMPONENTS_SCHEMAS_REF + name);
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    /** The ids the contract tables name, defined even where no generated schema happens to use them. */
    static void addMissing(Components components) {
        for (Class<?> id : List.of(AgencyId.class, CaseId.class, ReferralId.class, NoteId.class, GrantId.class,
                AgreementId.class, StaffId.class)) {
            if (components.getSchemas() == null || !components.getSchemas().containsKey(id.getSimpleName())) {
                components.addSchemas(id.getSimpleName(), idSchema(id.getSimpleName(), formatOf(id).orElseThrow()));
            }
        }
    }

    static Schema<?> idSchema(String name, Pattern format) {
        StringSchema schema = new StringSchema();
        schema.pattern("^" + format.pattern() + "$");
        schema.setDescription("A " + name + ", sent and received as a plain string");
        schema.setExample(EXAMPLES.get(name));
        return schema;
    }

    /** A typed id: a kernel record with one String component {@code value} and a {@code Pattern FORMAT} constant. */
    static Optional<Pattern> formatOf(Class<?> type) {
        if (!type.isRecord() || !type.getName().startsWith("org.setu.kernel.")) {
            return Optional.empty();
        }
        RecordComponent[] components = type.getRecordComponents();
        if (components.length != 1 || !components[0].getName().equals("value") || components[0].getType() != String.class) {
            return Optional.empty();
        }
        try {
            Field field = type.getDeclaredField("FORMAT");
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Pattern.class) {
                return Optional.empty();
            }
            field.setAccessible(true);
            return Optional.of((Pattern) field.get(null));
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return Optional.empty();
        }
    }
}
