package com.csvendor.portal.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.csvendor.portal.ClassScan;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The API's OpenAPI document (the snapshot OpenApiClientIT keeps equal to the live /openapi) against
 * the Java code: every route is an operation whose parameters, request body and answers have the
 * schemas of the resource method's types, and every schema those lead to has exactly the
 * properties JSON-B (Yasson, as the server) writes and reads for its class, with their types, enum
 * values and required flags. A new field, class or route without a complete schema fails here.
 */
class OpenApiSchemasTest {

    private static final JsonObject DOCUMENT = ApiDocument.snapshot();

    @TestFactory
    Stream<DynamicTest> everyRouteIsDocumentedWithTheSchemasOfItsJavaTypes() {
        Map<String, List<ApiRoute>> byRoute = ApiRoute.of("api", ClassScan.annotatedWith(Path.class)).stream()
                .collect(Collectors.groupingBy(ApiRoute::toString, LinkedHashMap::new, Collectors.toList()));
        assertTrue(byRoute.size() >= 25, byRoute::toString);
        return byRoute.values().stream().map(same -> dynamicTest(same.get(0).toString(), () -> {
            JsonObject operation = operation(same.get(0));
            SchemaMatcher matcher = new SchemaMatcher(DOCUMENT);
            for (ApiRoute route : same) {
                requestBody(matcher, operation, route.method());
                answers(matcher, operation, route.method());
            }
            if (same.size() == 1) {
                parameters(matcher, operation, same.get(0).method());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySchemaHasThePropertiesJsonBWritesAndReadsForItsClass() {
        SchemaMatcher matcher = new SchemaMatcher(DOCUMENT);
        for (ApiRoute route : ApiRoute.of("api", ClassScan.annotatedWith(Path.class))) {
            JsonObject operation = operation(route);
            requestBody(matcher, operation, route.method());
            answers(matcher, operation, route.method());
        }
        Set<String> described = new java.util.HashSet<>();
        while (!described.containsAll(matcher.classesOfComponents().keySet())) {
            for (Map.Entry<String, Class<?>> e : List.copyOf(matcher.classesOfComponents().entrySet())) {
                if (described.add(e.getKey())) {
                    new ClassCheck(matcher, e.getKey(), e.getValue()).matchPropertyTypes();
                }
            }
        }
        Map<String, Class<?>> classes = new java.util.TreeMap<>(matcher.classesOfComponents());
        classes.values().removeIf(Class::isEnum); // enums are compared where they are referred to
        assertTrue(classes.size() >= 50, classes::toString);
        return classes.entrySet().stream().map(e -> dynamicTest(e.getKey() + " = " + e.getValue().getName(),
                () -> new ClassCheck(matcher, e.getKey(), e.getValue()).run()));
    }

    @Test
    void everyComponentIsUsedAndEveryReferenceResolves() {
        Set<String> components = new TreeSet<>(DOCUMENT.getJsonObject("components").getJsonObject("schemas").keySet());
        Set<String> referenced = new TreeSet<>();
        collectReferences(DOCUMENT, referenced);
        assertEquals(components, referenced, "components and the references to them");
    }

    @Test
    void operationIdsAreUnique() {
        List<String> ids = new ArrayList<>();
        DOCUMENT.getJsonObject("paths").values().forEach(item -> item.asJsonObject().values()
                .forEach(op -> ids.add(op.asJsonObject().getString("operationId"))));
        assertEquals(ids.size(), Set.copyOf(ids).size(), ids::toString);
    }

    private static JsonObject operation(ApiRoute route) {
        JsonObject item = DOCUMENT.getJsonObject("paths").getJsonObject(route.path());
        assertNotNull(item, () -> route + " is not in the document");
        JsonObject operation = item.getJsonObject(route.httpMethod().toLowerCase(java.util.Locale.ROOT));
        assertNotNull(operation, () -> route + " is not in the document");
        return operation;
    }

    private static void requestBody(SchemaMatcher matcher, JsonObject operation, Method method) {
        Parameter entity = Stream.of(method.getParameters()).filter(OpenApiSchemasTest::isEntity).findFirst().orElse(null);
        if (entity == null) {
            return;
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        if (content.containsKey("application/json")) {
            matcher.match(content.getJsonObject("application/json").getJsonObject("schema"),
                    entity.getParameterizedType(), method.getName() + " body");
        } else {
            assertTrue(content.values().stream().allMatch(m -> m.asJsonObject().containsKey("schema")), content::toString);
        }
    }

    private static void answers(SchemaMatcher matcher, JsonObject operation, Method method) {
        JsonObject responses = operation.getJsonObject("responses");
        assertTrue(responses.containsKey("default"), "problem details on error");
        matcher.match(responses.getJsonObject("default").getJsonObject("content")
                .getJsonObject("application/problem+json").getJsonObject("schema"),
                com.csvendor.portal.platform.Problem.class, "problem");
        if (method.getReturnType() == void.class) {
            assertTrue(responses.containsKey("204"), responses::toString);
            return;
        }
        List<APIResponse> declared = List.of(method.getAnnotationsByType(APIResponse.class));
        for (Map.Entry<String, JsonValue> r : responses.entrySet()) {
            if (r.getKey().equals("default")) {
                continue;
            }
            JsonObject content = r.getValue().asJsonObject().getJsonObject("content");
            if (content == null) {
                continue;
            }
            for (Map.Entry<String, JsonValue> media : content.entrySet()) {
                JsonObject schema = media.getValue().asJsonObject().getJsonObject("schema");
                assertNotNull(schema, () -> method + " answers " + r.getKey() + " " + media.getKey()
                        + " without a schema: a method returning Response needs @APIResponse naming its entity");
                if (!media.getKey().contains("json")) {
                    continue;
                }
                if (method.getReturnType() == Response.class) {
                    APIResponse a = declared.stream().filter(d -> d.responseCode().equals(r.getKey())).findFirst()
                            .orElseThrow(() -> new AssertionError(method + ": no @APIResponse for " + r.getKey()));
                    matcher.match(schema, a.content()[0].schema().implementation(), method.getName() + " answer");
                } else {
                    matcher.match(schema, method.getGenericReturnType(), method.getName() + " answer");
                }
            }
        }
        assertTrue(responses.keySet().stream().anyMatch(k -> k.startsWith("2")), () -> method + ": no 2xx answer");
    }

    private static void parameters(SchemaMatcher matcher, JsonObject operation, Method method) {
        for (Parameter p : method.getParameters()) {
            String name = p.isAnnotationPresent(PathParam.class) ? p.getAnnotation(PathParam.class).value()
                    : p.isAnnotationPresent(QueryParam.class) ? p.getAnnotation(QueryParam.class).value() : null;
            if (name == null) {
                continue;
            }
            String in = p.isAnnotationPresent(PathParam.class) ? "path" : "query";
            JsonObject documented = operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("name").equals(name) && d.getString("in").equals(in)).findFirst()
                    .orElseThrow(() -> new AssertionError(method + ": parameter " + name + " is not documented"));
            matcher.match(documented.getJsonObject("schema"), p.getParameterizedType(), method.getName() + "." + name);
            if (in.equals("path")) {
                assertTrue(documented.getBoolean("required", false), name + " is a required path parameter");
            }
        }
    }

    private static boolean isEntity(Parameter p) {
        return Stream.of(p.getAnnotations()).map(a -> a.annotationType().getPackageName())
                .noneMatch(pkg -> pkg.startsWith("jakarta.ws.rs"));
    }

    private static void collectReferences(JsonValue value, Set<String> into) {
        if (value instanceof JsonObject o) {
            if (o.containsKey("$ref")) {
                String ref = o.getString("$ref");
                assertTrue(ref.startsWith("#/components/schemas/"), ref);
                String name = ref.substring("#/components/schemas/".length());
                into.add(name);
                if (!DOCUMENT.getJsonObject("components").getJsonObject("schemas").containsKey(name)) {
                    fail("unresolved reference " + ref);
                }
            }
            o.values().forEach(v -> collectReferences(v, into));
        } else if (value instanceof jakarta.json.JsonArray a) {
            a.forEach(v -> collectReferences(v, into));
        }
    }
}
