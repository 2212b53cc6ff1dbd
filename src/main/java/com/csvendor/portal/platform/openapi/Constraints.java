package com.csvendor.portal.platform.openapi;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Bean Validation constraints as JSON schema keywords: sizes, patterns, bounds. A reference to a
 * component takes none (siblings of {@code $ref} are ignored in OpenAPI 3.0); whether a value is
 * required is the class's business ({@link #required}).
 */
final class Constraints {

    private Constraints() {
    }

    static Schema apply(Schema schema, AnnotatedElement element) {
        return apply(schema, kind -> Optional.ofNullable(element.getAnnotation(kind)));
    }

    static Schema apply(Schema schema, Function<Class<? extends Annotation>, Optional<? extends Annotation>> find) {
        if (schema.getRef() != null) {
            return schema;
        }
        boolean array = schema.getType() == SchemaType.ARRAY;
        boolean text = schema.getType() == SchemaType.STRING;
        find.apply(Size.class).map(Size.class::cast).ifPresent(size -> {
            Integer min = size.min() > 0 ? size.min() : null;
            Integer max = size.max() < Integer.MAX_VALUE ? size.max() : null;
            if (array) {
                schema.minItems(min).maxItems(max);
            } else if (text) {
                schema.minLength(min).maxLength(max);
            }
        });
        if (find.apply(NotEmpty.class).isPresent() || find.apply(NotBlank.class).isPresent()) {
            if (array) {
                schema.minItems(Math.max(1, schema.getMinItems() == null ? 0 : schema.getMinItems()));
            } else if (text) {
                schema.minLength(Math.max(1, schema.getMinLength() == null ? 0 : schema.getMinLength()));
            }
        }
        find.apply(Pattern.class).map(Pattern.class::cast).ifPresent(p -> schema.pattern("^(?:" + p.regexp() + ")$"));
        find.apply(Email.class).ifPresent(e -> schema.format("email"));
        find.apply(Min.class).map(Min.class::cast).ifPresent(m -> schema.minimum(BigDecimal.valueOf(m.value())));
        find.apply(Max.class).map(Max.class::cast).ifPresent(m -> schema.maximum(BigDecimal.valueOf(m.value())));
        find.apply(DecimalMin.class).map(DecimalMin.class::cast).ifPresent(m -> schema.minimum(new BigDecimal(m.value()))
                .exclusiveMinimum(m.inclusive() ? null : true));
        find.apply(DecimalMax.class).map(DecimalMax.class::cast).ifPresent(m -> schema.maximum(new BigDecimal(m.value()))
                .exclusiveMaximum(m.inclusive() ? null : true));
        find.apply(Positive.class).ifPresent(p -> schema.minimum(BigDecimal.ZERO).exclusiveMinimum(true));
        find.apply(PositiveOrZero.class).ifPresent(p -> schema.minimum(BigDecimal.ZERO));
        find.apply(Negative.class).ifPresent(p -> schema.maximum(BigDecimal.ZERO).exclusiveMaximum(true));
        find.apply(NegativeOrZero.class).ifPresent(p -> schema.maximum(BigDecimal.ZERO));
        return schema;
    }

    /** A value the server refuses to go without. */
    static boolean required(Function<Class<? extends Annotation>, Optional<? extends Annotation>> find) {
        return find.apply(NotNull.class).isPresent() || find.apply(NotBlank.class).isPresent()
                || find.apply(NotEmpty.class).isPresent();
    }
}
