package com.csvendor.portal.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * The schema a {@code @Content} annotation names for a body JAX-RS cannot type: a class
 * ({@code implementation}, {@code type = ARRAY} for a list of it), or the fields of a multipart form
 * ({@code properties}, each with type, format and description; {@code requiredProperties}).
 */
final class AnnotatedSchema {

    private AnnotatedSchema() {
    }

    static org.eclipse.microprofile.openapi.models.media.Schema of(Schema annotation, Schemas schemas) {
        if (annotation.implementation() != Void.class) {
            var schema = schemas.of(annotation.implementation());
            return annotation.type() == SchemaType.ARRAY
                    ? OASFactory.createSchema().type(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.ARRAY)
                            .items(schema)
                    : schema;
        }
        var object = OASFactory.createSchema().type(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT);
        List<String> required = new ArrayList<>(List.of(annotation.requiredProperties()));
        for (SchemaProperty p : annotation.properties()) {
            var property = OASFactory.createSchema().type(type(p.type()))
                    .format(p.format().isEmpty() ? null : p.format())
                    .description(p.description().isEmpty() ? null : p.description());
            if (p.enumeration().length > 0) {
                property.enumeration(List.of((Object[]) p.enumeration()));
            }
            object.addProperty(p.name(), property);
        }
        return required.isEmpty() ? object : object.required(required);
    }

    private static org.eclipse.microprofile.openapi.models.media.Schema.SchemaType type(SchemaType type) {
        return type == SchemaType.DEFAULT ? null
                : org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.valueOf(type.name());
    }
}
