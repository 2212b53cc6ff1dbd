package com.csvendor.portal.platform.openapi;

import com.csvendor.portal.platform.openapi.JsonProperties.Property;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The object schema of a transfer class: every JSON property with its type, constraints and
 * documentation. Required are the properties the server refuses to go without ({@code @NotNull},
 * {@code @NotBlank}, {@code @NotEmpty}) and primitives, which JSON-B always writes. A property JSON-B
 * only writes is read-only, one it only reads write-only.
 */
final class ClassSchema {

    private ClassSchema() {
    }

    static void describe(Schema component, Class<?> type, Schemas schemas) {
        component.type(SchemaType.OBJECT);
        List<String> required = new ArrayList<>();
        for (Property p : JsonProperties.of(type)) {
            org.eclipse.microprofile.openapi.annotations.media.Schema doc =
                    p.annotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class).orElse(null);
            if (doc != null && doc.hidden()) {
                continue;
            }
            Schema schema = Constraints.apply(schemas.of(p.type()), p::annotation);
            if (schema.getRef() == null) {
                schema.readOnly(p.writable() ? null : true).writeOnly(p.readable() ? null : true);
                Documentation.apply(schema, doc);
            }
            component.addProperty(p.name(), schema);
            if (Constraints.required(p::annotation) || p.type().getType() instanceof Class<?> c && c.isPrimitive()
                    || doc != null && doc.required()) {
                required.add(p.name());
            }
        }
        if (!required.isEmpty()) {
            component.required(required);
        }
    }
}
