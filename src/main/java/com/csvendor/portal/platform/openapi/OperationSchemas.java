package com.csvendor.portal.platform.openapi;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * One operation's schemas from its resource method: a unique operation id, the parameters' types,
 * the request body (the method's entity parameter, or its {@code @RequestBody} annotation) and the
 * answers (the return type, or its {@code @APIResponse} annotations for a method returning a
 * {@code Response}); every operation also answers problem details on error.
 */
final class OperationSchemas {

    private final Schemas schemas;
    private final Schema problem;

    OperationSchemas(Schemas schemas, Schema problem) {
        this.schemas = schemas;
        this.problem = problem;
    }

    /**
     * One operation from the methods serving it. OpenAPI has one operation per path and HTTP method;
     * JAX-RS may answer it with one method per media type (a multipart form and a raw body): then the
     * first method with a structured body (multipart form, JSON) names the operation, its parameters
     * and answers; the others add their media types, and their summaries (which name their query
     * parameters) to the description: their parameters are not the operation's, and a multipart form
     * field of the same name would clash with them in a generated client.
     */
    void complete(Operation operation, List<Method> methods) {
        List<Method> ordered = methods.stream().sorted(Comparator.comparing((Method m) -> !structured(m))
                .thenComparing(Method::getName)).toList();
        Method primary = ordered.get(0);
        operation.setOperationId(operationId(primary));
        parameters(operation, primary);
        operation.setRequestBody(requestBody(primary));
        operation.setResponses(responses(primary));
        for (Method other : ordered.subList(1, ordered.size())) {
            operation.setSummary(summary(primary));
            operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + " ")
                    + "Or: " + summary(other));
            RequestBody body = requestBody(other);
            if (body != null && operation.getRequestBody() != null) {
                body.getContent().getMediaTypes().forEach(operation.getRequestBody().getContent()::addMediaType);
            }
        }
    }

    private static boolean structured(Method method) {
        return method.isAnnotationPresent(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class)
                || mediaTypes(method, Consumes.class).stream().anyMatch(t -> t.contains("json") || t.startsWith("multipart/"));
    }

    private static String summary(Method method) {
        var declared = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        return declared == null ? method.getName() : declared.summary();
    }

    /** The {@code @Operation}'s id, else the resource and the method: {@code storeCreate}, {@code kpiImportGet}. */
    static String operationId(Method method) {
        var declared = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        if (declared != null && !declared.operationId().isEmpty()) {
            return declared.operationId();
        }
        String resource = method.getDeclaringClass().getSimpleName().replaceFirst("Resource$", "");
        return Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                + Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
    }

    private void parameters(Operation operation, Method method) {
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> scanned =
                Optional.ofNullable(operation.getParameters()).orElse(List.of());
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> documented = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            Optional<In> in = in(p);
            if (in.isEmpty()) {
                continue;
            }
            String name = name(p);
            var parameter = scanned.stream().filter(d -> name.equals(d.getName()) && in.get() == d.getIn())
                    .findFirst().orElseGet(() -> OASFactory.createParameter().name(name).in(in.get()));
            Schema schema = Constraints.apply(schemas.of(p.getAnnotatedType()), p);
            if (p.isAnnotationPresent(DefaultValue.class) && schema.getRef() == null) {
                schema.defaultValue(Documentation.typed(p.getAnnotation(DefaultValue.class).value(), schema));
            }
            parameter.schema(schema).required(in.get() == In.PATH || p.isAnnotationPresent(NotNull.class) ? true : null);
            documented.add(parameter);
        }
        List.copyOf(scanned).forEach(operation::removeParameter);
        operation.setParameters(documented.isEmpty() ? null : documented);
    }

    private RequestBody requestBody(Method method) {
        var declared = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
        if (declared != null) {
            Content content = OASFactory.createContent();
            for (var c : declared.content()) {
                content.addMediaType(c.mediaType(), OASFactory.createMediaType().schema(AnnotatedSchema.of(c.schema(), schemas)));
            }
            return OASFactory.createRequestBody().content(content).required(declared.required() ? true : null)
                    .description(declared.description().isEmpty() ? null : declared.description());
        }
        Optional<Parameter> entity = Stream.of(method.getParameters()).filter(OperationSchemas::isEntity).findFirst();
        if (entity.isEmpty()) {
            return null;
        }
        Parameter p = entity.get();
        Schema schema = Constraints.apply(schemas.of(p.getAnnotatedType()), p);
        Content content = OASFactory.createContent();
        for (String type : mediaTypes(method, Consumes.class)) {
            content.addMediaType(type, OASFactory.createMediaType().schema(schema));
        }
        return OASFactory.createRequestBody().content(content).required(p.isAnnotationPresent(NotNull.class) ? true : null);
    }

    private APIResponses responses(Method method) {
        APIResponses responses = OASFactory.createAPIResponses();
        APIResponse[] declared = method.getAnnotationsByType(APIResponse.class);
        if (declared.length > 0) {
            for (APIResponse r : declared) {
                Content content = null;
                for (var c : r.content()) {
                    content = content == null ? OASFactory.createContent() : content;
                    content.addMediaType(c.mediaType().isEmpty() ? mediaTypes(method, Produces.class).get(0) : c.mediaType(),
                            OASFactory.createMediaType().schema(AnnotatedSchema.of(c.schema(), schemas)));
                }
                responses.addAPIResponse(r.responseCode(), OASFactory.createAPIResponse()
                        .description(r.description().isEmpty() ? reason(r.responseCode()) : r.description()).content(content));
            }
        } else if (method.getReturnType() == void.class) {
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description(reason("204")));
        } else {
            Content content = OASFactory.createContent();
            for (String type : mediaTypes(method, Produces.class)) {
                content.addMediaType(type, OASFactory.createMediaType().schema(answer(method, type)));
            }
            responses.addAPIResponse("200", OASFactory.createAPIResponse().description(reason("200")).content(content));
        }
        responses.setDefaultValue(OASFactory.createAPIResponse()
                .description("Problem details (RFC 9457) in the caller's Accept-Language, naming the fields at fault")
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(problem))));
        return responses;
    }

    /**
     * The schema of what the method answers in this media type: its return type; for a {@code Response}
     * a download (text or bytes), or nothing for JSON, whose type only an {@code @APIResponse} can name.
     */
    private Schema answer(Method method, String mediaType) {
        if (method.getReturnType() != jakarta.ws.rs.core.Response.class) {
            return schemas.of(method.getAnnotatedReturnType());
        }
        if (mediaType.contains("json")) {
            return null;
        }
        return OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .format(mediaType.startsWith("text/") ? null : "binary");
    }

    private static String reason(String code) {
        return switch (code) {
            case "200" -> "OK";
            case "201" -> "Created";
            case "202" -> "Accepted";
            case "204" -> "No content";
            default -> "Status " + code;
        };
    }

    private static List<String> mediaTypes(Method method, Class<? extends java.lang.annotation.Annotation> kind) {
        for (var element : List.of(method, method.getDeclaringClass())) {
            var a = element.getAnnotation(kind);
            if (a != null) {
                return List.of(a instanceof Consumes c ? c.value() : ((Produces) a).value());
            }
        }
        return List.of(MediaType.APPLICATION_JSON);
    }

    private static Optional<In> in(Parameter p) {
        if (p.isAnnotationPresent(PathParam.class)) {
            return Optional.of(In.PATH);
        }
        if (p.isAnnotationPresent(QueryParam.class)) {
            return Optional.of(In.QUERY);
        }
        if (p.isAnnotationPresent(HeaderParam.class)) {
            return Optional.of(In.HEADER);
        }
        return p.isAnnotationPresent(CookieParam.class) ? Optional.of(In.COOKIE) : Optional.empty();
    }

    private static String name(Parameter p) {
        if (p.isAnnotationPresent(PathParam.class)) {
            return p.getAnnotation(PathParam.class).value();
        }
        if (p.isAnnotationPresent(QueryParam.class)) {
            return p.getAnnotation(QueryParam.class).value();
        }
        if (p.isAnnotationPresent(HeaderParam.class)) {
            return p.getAnnotation(HeaderParam.class).value();
        }
        return p.getAnnotation(CookieParam.class).value();
    }

    /** The entity parameter: the one JAX-RS fills from the body, without a parameter or context annotation. */
    private static boolean isEntity(Parameter p) {
        return Stream.of(p.getAnnotations()).map(a -> a.annotationType().getPackageName())
                .noneMatch(pkg -> pkg.equals("jakarta.ws.rs") || pkg.startsWith("jakarta.ws.rs."));
    }
}
