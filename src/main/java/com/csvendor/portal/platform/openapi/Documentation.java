package com.csvendor.portal.platform.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a {@code @Schema} annotation on a class or property adds to the generated schema: a
 * description and an example. Types, names and constraints come from the Java code itself.
 */
final class Documentation {

    private Documentation() {
    }

    static void apply(org.eclipse.microprofile.openapi.models.media.Schema schema, Schema doc) {
        if (doc == null) {
            return;
        }
        if (!doc.description().isEmpty()) {
            schema.description(doc.description());
        }
        if (!doc.example().isEmpty()) {
            schema.example(typed(doc.example(), schema));
        }
    }

    /** The example as a value of the schema's type; an array's example lists its items separated by commas. */
    static Object typed(String example, org.eclipse.microprofile.openapi.models.media.Schema schema) {
        if (schema.getType() == null) {
            return example;
        }
        return switch (schema.getType()) {
            case INTEGER -> Long.valueOf(example);
            case NUMBER -> new java.math.BigDecimal(example);
            case BOOLEAN -> Boolean.valueOf(example);
            case ARRAY -> java.util.Arrays.stream(example.split(",")).map(String::strip)
                    .map(item -> schema.getItems() == null ? item : typed(item, schema.getItems())).toList();
            default -> example;
        };
    }
}
